import { createHash } from "node:crypto";
import { z } from "zod";
import { type ActionContext, defineAction, requirePort } from "./action.js";
import { found } from "./found.js";

const Params = z
  .object({
    store: z.string().min(1),
    /** Key prefix of the suspicious objects, e.g. `conversations/2026-01-31/`. */
    prefix: z.string().min(1),
  })
  .strict();

interface Before {
  store: string;
  prefix: string;
  /** The quarantine this action creates (derived from the idempotency key, so retries reuse it). */
  quarantineId: string;
}

const data = (ctx: ActionContext) => requirePort(ctx.provider, "data", "quarantine-data");

/** Moves suspicious data (e.g. poisoned training records) out of readers' reach, kept for forensics. */
export const quarantineData = defineAction({
  name: "quarantine-data",
  summary: "Move objects under a prefix out of readers' reach (kept for forensics; releasable).",
  params: Params,
  ports: ["data"],
  targetParam: "store",
  knownTargets: async (provider) => requirePort(provider, "data", "quarantine-data").list(),
  before: async (target, params, ctx): Promise<Before> => {
    await found("quarantine-data", target, () => data(ctx).getPublicAccess(target));
    const digest = createHash("sha256").update(`${ctx.key}\n${params.prefix}`).digest("hex").slice(0, 16);
    return { store: target, prefix: params.prefix, quarantineId: `q-${digest}` };
  },
  describeChange: (target, params, before) =>
    `store ${target}: quarantine every object under "${params.prefix}" as ${(before as Before).quarantineId}`,
  execute: async (target, params, before, ctx) => {
    await data(ctx).quarantine((before as Before).quarantineId, target, params.prefix);
  },
  verify: async (_target, _params, before, ctx) => {
    const after = await data(ctx).getQuarantine((before as Before).quarantineId);
    const ok = after !== null && !after.released;
    return { ok, detail: ok ? `${after?.objects.length} object(s) quarantined` : "quarantine not in place", after };
  },
  undo: {
    describe: (target, _params, before) => `store ${target}: release quarantine ${(before as Before).quarantineId}`,
    undo: (_target, _params, before, ctx) => data(ctx).release((before as Before).quarantineId),
    verify: async (_target, _params, before, ctx) => {
      const after = await data(ctx).getQuarantine((before as Before).quarantineId);
      const ok = after?.released === true;
      return { ok, detail: ok ? "objects released" : "quarantine still in place", after };
    },
  },
});
