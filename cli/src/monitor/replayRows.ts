import { AirrError } from "@airr/core";
import { z } from "zod";

const timestamp = z.union([z.number(), z.string().refine((s) => !Number.isNaN(Date.parse(s)), "not an ISO-8601 time")]);
// Numbers the monitor judges itself (range, NaN) are passed through untyped, so a bad value is
// counted as a rejected observation with its reason instead of stopping the replay.
const PredictionRow = z.object({
  type: z.literal("prediction"),
  id: z.string().min(1),
  model: z.string().optional(),
  prediction: z.union([z.string(), z.number(), z.boolean()]),
  confidence: z.unknown(),
  latencyMs: z.unknown(),
  tokensIn: z.unknown().optional(),
  tokensOut: z.unknown().optional(),
  costUsd: z.unknown().optional(),
  timestamp: timestamp.optional(),
});
const ErrorRow = z.object({
  type: z.literal("error"),
  id: z.string().min(1),
  error: z.string(),
  timestamp: timestamp.optional(),
});
const FeedbackRow = z.object({
  type: z.literal("feedback"),
  id: z.string().min(1),
  label: z.union([z.string(), z.number(), z.boolean()]),
});
const Row = z.discriminatedUnion("type", [PredictionRow, ErrorRow, FeedbackRow]);
export type ReplayRow = z.infer<typeof Row>;

/** Parses a JSONL log, one row per non-empty line; a malformed line is an error naming file:line. */
export function parseReplayRows(text: string, file: string): ReplayRow[] {
  const rows: ReplayRow[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === "") return;
    const where = `${file}:${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new AirrError("InvalidReplayRow", `line ${i + 1} is not JSON`, {
        where,
        hint: "write one JSON object per line (JSONL)",
        cause: error,
      });
    }
    const result = Row.safeParse(value);
    if (!result.success) {
      const issue = result.error.issues[0];
      const path = issue?.path.join(".") ?? "";
      throw new AirrError(
        "InvalidReplayRow",
        `line ${i + 1}: ${path ? `${path}: ` : ""}${issue?.message ?? "invalid row"}`,
        {
          where,
          hint: 'rows are {"type":"prediction","id","prediction","confidence","latencyMs",...}, {"type":"error","id","error"} or {"type":"feedback","id","label"}',
        },
      );
    }
    rows.push(result.data);
  });
  return rows;
}

/** Epoch ms of a row timestamp (epoch ms or ISO-8601). */
export function toEpochMs(t: number | string | undefined): number | undefined {
  if (t === undefined) return undefined;
  return typeof t === "number" ? t : Date.parse(t);
}
