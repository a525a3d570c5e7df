import { z } from "zod";
import type { SecretState } from "../../ports/Secrets.js";
import { type ActionContext, defineAction, requirePort } from "./action.js";
import { found } from "./found.js";

const Params = z.object({ secret: z.string().min(1) }).strict();

const secrets = (ctx: ActionContext) => requirePort(ctx.provider, "secrets", "rotate-secret");

/** Makes a new current version of a leaked secret. Only version ids are ever seen or recorded. */
export const rotateSecret = defineAction({
  name: "rotate-secret",
  summary: "Make a new current version of a secret (the old one stays as previous).",
  params: Params,
  ports: ["secrets"],
  targetParam: "secret",
  knownTargets: async (provider) => requirePort(provider, "secrets", "rotate-secret").list(),
  before: (target, _params, ctx) => found("rotate-secret", target, () => secrets(ctx).get(target)),
  describeChange: (target, _params, before) =>
    `secret ${target}: rotate (current version ${(before as SecretState).currentVersion} becomes previous)`,
  execute: async (target, _params, _before, ctx) => {
    await secrets(ctx).rotate(target);
  },
  verify: async (target, _params, before, ctx) => {
    const was = before as SecretState;
    const after = await secrets(ctx).get(target);
    const ok =
      after !== null && after.currentVersion !== was.currentVersion && after.versions.includes(was.currentVersion);
    return {
      ok,
      detail: ok ? `current version ${after?.currentVersion}` : `current version still ${after?.currentVersion ?? "?"}`,
      after,
    };
  },
  undo: {
    describe: (target, _params, before) =>
      `secret ${target}: make version ${(before as SecretState).currentVersion} current again (it may be the leaked one)`,
    undo: (target, _params, before, ctx) => secrets(ctx).restoreVersion(target, (before as SecretState).currentVersion),
    verify: async (target, _params, before, ctx) => {
      const was = (before as SecretState).currentVersion;
      const after = await secrets(ctx).get(target);
      const ok = after?.currentVersion === was;
      return { ok, detail: ok ? `current version ${was} again` : `current version ${after?.currentVersion}`, after };
    },
  },
});
