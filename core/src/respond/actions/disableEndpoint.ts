import { z } from "zod";
import type { EndpointState } from "../../ports/ModelEndpoints.js";
import { type ActionContext, defineAction, requirePort } from "./action.js";
import { found } from "./found.js";

const Params = z.object({ endpoint: z.string().min(1) }).strict();

const endpoints = (ctx: ActionContext) => requirePort(ctx.provider, "endpoints", "disable-endpoint");

/** Stops an endpoint serving traffic: the answer to an actively exploited or leaking model. */
export const disableEndpoint = defineAction({
  name: "disable-endpoint",
  summary: "Stop an endpoint serving traffic (it can be enabled again on the same version).",
  params: Params,
  ports: ["endpoints"],
  targetParam: "endpoint",
  knownTargets: async (provider) => requirePort(provider, "endpoints", "disable-endpoint").list(),
  before: (target, _params, ctx) => found("disable-endpoint", target, () => endpoints(ctx).get(target)),
  describeChange: (target, _params, before) => {
    const state = before as EndpointState;
    return state.status === "disabled"
      ? `endpoint ${target}: already disabled (no change)`
      : `endpoint ${target}: disable (stop serving ${state.currentVersion})`;
  },
  execute: async (target, _params, _before, ctx) => endpoints(ctx).disable(target),
  verify: async (target, _params, _before, ctx) => {
    const after = await endpoints(ctx).get(target);
    const ok = after?.status === "disabled";
    return { ok, detail: ok ? "disabled" : `expected disabled, found ${after?.status ?? "no endpoint"}`, after };
  },
  undo: {
    describe: (target, _params, before) =>
      `endpoint ${target}: enable again on ${(before as EndpointState).currentVersion ?? "its last version"}`,
    undo: async (target, _params, before, ctx) => {
      if ((before as EndpointState).status !== "disabled") await endpoints(ctx).enable(target);
    },
    verify: async (target, _params, before, ctx) => {
      const was = before as EndpointState;
      const after = await endpoints(ctx).get(target);
      const ok = after !== null && after.status === was.status && after.currentVersion === was.currentVersion;
      return {
        ok,
        detail: ok
          ? `back to ${was.status} on ${was.currentVersion}`
          : `expected ${was.status}, found ${after?.status}`,
        after,
      };
    },
  },
});
