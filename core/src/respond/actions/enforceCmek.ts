import { z } from "zod";
import type { EncryptionState } from "../../ports/Encryption.js";
import type { Provider } from "../../ports/Provider.js";
import { type ActionContext, defineAction, requirePort } from "./action.js";
import { found } from "./found.js";

const Params = z
  .object({
    /** The resource to protect (an endpoint or a data store id, as the provider names it). */
    resource: z.string().min(1),
    kmsKeyId: z.string().min(1),
  })
  .strict();

const encryption = (ctx: ActionContext) => requirePort(ctx.provider, "encryption", "enforce-cmek");

/** Endpoints and data stores are what CMEK protects; their ids are the known targets. */
async function knownResources(provider: Provider): Promise<string[]> {
  requirePort(provider, "encryption", "enforce-cmek");
  const lists = await Promise.all([provider.endpoints?.list() ?? [], provider.data?.list() ?? []]);
  return lists.flat();
}

const keyIs = async (ctx: ActionContext, target: string, key: string | null) => {
  const after = await encryption(ctx).get(target);
  const ok = after !== null && after.kmsKeyId === key;
  return { ok, detail: ok ? `protected by ${key ?? "the provider-managed key"}` : `key is ${after?.kmsKeyId}`, after };
};

/** Puts a resource under a customer-managed key (a key id, never key material). */
export const enforceCmek = defineAction({
  name: "enforce-cmek",
  summary: "Protect an endpoint or data store with a customer-managed KMS key.",
  params: Params,
  ports: ["encryption"],
  targetParam: "resource",
  knownTargets: knownResources,
  before: (target, _params, ctx) => found("enforce-cmek", target, () => encryption(ctx).get(target)),
  describeChange: (target, params, before) => {
    const was = (before as EncryptionState).kmsKeyId;
    return was === params.kmsKeyId
      ? `resource ${target}: already protected by ${params.kmsKeyId} (no change)`
      : `resource ${target}: encrypt with ${params.kmsKeyId} instead of ${was ?? "the provider-managed key"}`;
  },
  execute: (target, params, _before, ctx) => encryption(ctx).enforce(target, params.kmsKeyId),
  verify: (target, params, _before, ctx) => keyIs(ctx, target, params.kmsKeyId),
  undo: {
    describe: (target, _params, before) =>
      `resource ${target}: back to ${(before as EncryptionState).kmsKeyId ?? "the provider-managed key"}`,
    undo: (_target, _params, before, ctx) => encryption(ctx).restore(before as EncryptionState),
    verify: (target, _params, before, ctx) => keyIs(ctx, target, (before as EncryptionState).kmsKeyId),
  },
});
