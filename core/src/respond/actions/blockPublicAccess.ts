import { z } from "zod";
import type { PublicAccessState } from "../../ports/DataStore.js";
import { type ActionContext, defineAction, requirePort } from "./action.js";
import { found } from "./found.js";

const Params = z.object({ store: z.string().min(1) }).strict();

const data = (ctx: ActionContext) => requirePort(ctx.provider, "data", "block-public-access");

const blockedIs = async (ctx: ActionContext, target: string, blocked: boolean) => {
  const after = await data(ctx).getPublicAccess(target);
  const ok = after?.publicAccessBlocked === blocked;
  return {
    ok,
    detail: ok ? `public access ${blocked ? "blocked" : "allowed"}` : "public access not as expected",
    after,
  };
};

/**
 * Blocks every form of public access to a data store. A store a human deliberately opened is
 * protected by an exemption (policy `exempt`, or one added to the StateStore), not by this action.
 */
export const blockPublicAccess = defineAction({
  name: "block-public-access",
  summary: "Block all public access to a data store (bucket, container).",
  params: Params,
  ports: ["data"],
  targetParam: "store",
  knownTargets: async (provider) => requirePort(provider, "data", "block-public-access").list(),
  before: (target, _params, ctx) => found("block-public-access", target, () => data(ctx).getPublicAccess(target)),
  describeChange: (target, _params, before) =>
    (before as PublicAccessState).publicAccessBlocked
      ? `store ${target}: public access already blocked (no change)`
      : `store ${target}: block public access`,
  execute: (target, _params, _before, ctx) => data(ctx).setPublicAccessBlocked(target, true),
  verify: (target, _params, _before, ctx) => blockedIs(ctx, target, true),
  undo: {
    describe: (target, _params, before) =>
      `store ${target}: public access ${(before as PublicAccessState).publicAccessBlocked ? "stays blocked" : "allowed again"}`,
    undo: (target, _params, before, ctx) =>
      data(ctx).setPublicAccessBlocked(target, (before as PublicAccessState).publicAccessBlocked),
    verify: (target, _params, before, ctx) => blockedIs(ctx, target, (before as PublicAccessState).publicAccessBlocked),
  },
});
