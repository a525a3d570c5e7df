import { createHash } from "node:crypto";
import { z } from "zod";
import type { BlockedPrompt } from "../../ports/PromptBlocklist.js";
import { type ActionContext, defineAction, requirePort } from "./action.js";
import { ActionError } from "./actionErrors.js";

const Params = z
  .object({
    /** The prompt (or pattern) to block, usually `${alert.labels.prompt}` from a detector. */
    pattern: z.string().min(1).max(4096),
    match: z.enum(["exact", "normalized", "regex"]).default("normalized"),
    reason: z.string().min(1).default("blocked by airr"),
    /** Blocklist entry id; defaults to a hash of match + pattern, so re-blocking is a no-op. */
    id: z.string().min(1).optional(),
  })
  .strict();
type Params = z.output<typeof Params>;

/** Entry id: the given one, else derived from the pattern (which need not be repeated in logs). */
export function blockEntryId(params: Params): string {
  return (
    params.id ?? `blk-${createHash("sha256").update(`${params.match}\n${params.pattern}`).digest("hex").slice(0, 16)}`
  );
}

const blocklist = (ctx: ActionContext) => requirePort(ctx.provider, "blocklist", "block-prompt");

interface Before {
  id: string;
  present: boolean;
}

async function entry(ctx: ActionContext, id: string): Promise<BlockedPrompt | null> {
  try {
    return (await blocklist(ctx).list()).find((e) => e.id === id) ?? null;
  } catch (cause) {
    throw new ActionError("LookupFailed", `block-prompt: reading the blocklist failed: ${(cause as Error).message}`, {
      cause,
    });
  }
}

const view = (e: BlockedPrompt | null) => (e === null ? null : { id: e.id, match: e.match, reason: e.reason });

/** Adds a prompt to the blocklist PromptGuard (and the WAF) consults. */
export const blockPrompt = defineAction({
  name: "block-prompt",
  summary: "Add a prompt (exact, normalized or regex) to the prompt blocklist.",
  params: Params,
  ports: ["blocklist"],
  targetParam: null,
  knownTargets: async (provider) => (await requirePort(provider, "blocklist", "block-prompt").list()).map((e) => e.id),
  // The target is the entry to create, so it need not exist yet.
  resolveTargets: async (params) => [blockEntryId(params)],
  before: async (target, _params, ctx): Promise<Before> => ({
    id: target,
    present: (await entry(ctx, target)) !== null,
  }),
  describeChange: (target, params, before) =>
    (before as Before).present
      ? `blocklist: entry ${target} already present (no change)`
      : `blocklist: add entry ${target} (${params.match} match, ${params.pattern.length} characters, reason "${params.reason}")`,
  execute: async (target, params, _before, ctx) =>
    blocklist(ctx).add({
      id: target,
      pattern: params.pattern,
      match: params.match,
      reason: params.reason,
      addedAt: ctx.now,
      incidentId: ctx.incidentId,
    }),
  verify: async (target, _params, _before, ctx) => {
    const after = await entry(ctx, target);
    return {
      ok: after !== null,
      detail: after ? `entry ${target} present` : `entry ${target} missing`,
      after: view(after),
    };
  },
  undo: {
    describe: (target, _params, before) =>
      (before as Before).present
        ? `blocklist: keep ${target} (it was there before)`
        : `blocklist: remove entry ${target}`,
    undo: async (target, _params, before, ctx) => {
      if (!(before as Before).present) await blocklist(ctx).remove(target);
    },
    verify: async (target, _params, before, ctx) => {
      const after = await entry(ctx, target);
      const ok = (after !== null) === (before as Before).present;
      return {
        ok,
        detail: ok ? "blocklist as before" : `entry ${target} presence differs from before`,
        after: view(after),
      };
    },
  },
});
