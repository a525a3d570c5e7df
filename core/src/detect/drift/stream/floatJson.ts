import { z } from "zod";

/** A double as JSON: a number, or "Infinity" / "-Infinity", which JSON cannot carry. */
export type JsonFloat = number | "Infinity" | "-Infinity";

/** Encodes a double for JSON without losing infinities. */
export function encodeFloat(x: number): JsonFloat {
  if (x === Number.POSITIVE_INFINITY) return "Infinity";
  if (x === Number.NEGATIVE_INFINITY) return "-Infinity";
  return x;
}

/** The zod schema that reads a `JsonFloat` back into a number. */
export const jsonFloat = z
  .union([z.number(), z.literal("Infinity"), z.literal("-Infinity")])
  .transform((v) => (v === "Infinity" ? Number.POSITIVE_INFINITY : v === "-Infinity" ? Number.NEGATIVE_INFINITY : v));
