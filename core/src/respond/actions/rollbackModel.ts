import { z } from "zod";
import type { EndpointState } from "../../ports/ModelEndpoints.js";
import { type ActionContext, defineAction, requirePort } from "./action.js";
import { ActionError } from "./actionErrors.js";
import { found } from "./found.js";

const Params = z
  .object({
    /** Endpoint id (or glob). */
    endpoint: z.string().min(1),
    /** A version id from the endpoint's history, or `previous` (the one before the serving one). */
    toVersion: z.string().min(1).default("previous"),
  })
  .strict();
type Params = z.output<typeof Params>;

/** The version a rollback serves, decided from the captured state (so dry-run shows the same). */
export function rollbackVersion(endpoint: string, params: Params, before: EndpointState): string {
  if (before.currentVersion === null) {
    throw new ActionError("UnsafeState", `rollback-model: endpoint "${endpoint}" is disabled (no serving version)`, {
      hint: "enable the endpoint first, or roll back with an explicit toVersion once it serves",
    });
  }
  const versions = before.history.map((v) => v.version);
  if (params.toVersion !== "previous") {
    if (!versions.includes(params.toVersion)) {
      throw new ActionError(
        "InvalidParams",
        `rollback-model: "${params.toVersion}" is not a version of "${endpoint}"`,
        {
          hint: `versions: ${versions.join(", ")}`,
        },
      );
    }
    return params.toVersion;
  }
  const index = versions.lastIndexOf(before.currentVersion);
  const previous = index > 0 ? versions[index - 1] : undefined;
  if (previous === undefined) {
    throw new ActionError(
      "NoPreviousVersion",
      `rollback-model: "${endpoint}" has no version before ${before.currentVersion}`,
      {
        hint: "name a version explicitly with toVersion",
      },
    );
  }
  return previous;
}

const endpoints = (ctx: ActionContext) => requirePort(ctx.provider, "endpoints", "rollback-model");

const serving = async (ctx: ActionContext, id: string, version: string | null) => {
  const after = await endpoints(ctx).get(id);
  const ok = after !== null && after.status === "in-service" && after.currentVersion === version;
  return {
    ok,
    detail: ok
      ? `in service on ${version}`
      : `expected in-service on ${version}, found ${after === null ? "no endpoint" : `${after.status} on ${after.currentVersion}`}`,
    after,
  };
};

/** Serves an earlier model version: the answer to drift or a bad release. */
export const rollbackModel = defineAction({
  name: "rollback-model",
  summary: "Serve an earlier model version on an endpoint (default: the previous one).",
  params: Params,
  ports: ["endpoints"],
  targetParam: "endpoint",
  knownTargets: async (provider) => requirePort(provider, "endpoints", "rollback-model").list(),
  before: (target, _params, ctx) => found("rollback-model", target, () => endpoints(ctx).get(target)),
  describeChange: (target, params, before) => {
    const state = before as EndpointState;
    return `endpoint ${target}: serve ${rollbackVersion(target, params, state)} instead of ${state.currentVersion}`;
  },
  execute: async (target, params, before, ctx) => {
    await endpoints(ctx).deployVersion(target, rollbackVersion(target, params, before as EndpointState));
  },
  verify: (target, params, before, ctx) =>
    serving(ctx, target, rollbackVersion(target, params, before as EndpointState)),
  undo: {
    describe: (target, _params, before) =>
      `endpoint ${target}: serve ${(before as EndpointState).currentVersion} again`,
    undo: async (target, _params, before, ctx) => {
      await endpoints(ctx).deployVersion(target, (before as EndpointState).currentVersion as string);
    },
    verify: (target, _params, before, ctx) => serving(ctx, target, (before as EndpointState).currentVersion),
  },
});
