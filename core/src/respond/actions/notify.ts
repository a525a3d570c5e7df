import { z } from "zod";
import { SEVERITIES } from "../alert.js";
import { defineAction, requirePort } from "./action.js";

const Params = z
  .object({
    /** Where to send (`default`, or a channel the provider's notifier knows). */
    channel: z.string().min(1).default("default"),
    subject: z.string().min(1).max(200),
    text: z.string().min(1).max(4000),
    severity: z.enum(SEVERITIES).optional(),
  })
  .strict();

/** Tells humans. The only action a resolved alert may run. */
export const notify = defineAction({
  name: "notify",
  summary: "Send a notification through the provider's notifier (SNS, Action Group, Pub/Sub, local outbox).",
  params: Params,
  ports: ["notifier"],
  targetParam: "channel",
  knownTargets: async () => [],
  // Channels are the notifier's business, not a resource to look up.
  resolveTargets: async (params) => [params.channel],
  before: async (target) => ({ channel: target }),
  describeChange: (target, params) => `notify ${target}: "${params.subject}"`,
  execute: async (_target, params, _before, ctx) =>
    requirePort(ctx.provider, "notifier", "notify").send({
      subject: params.subject,
      text: params.text,
      severity: params.severity ?? ctx.alert.severity,
      incidentId: ctx.incidentId,
    }),
  verify: async (target, _params, _before, _ctx, receipt) => {
    const messageId = (receipt as { messageId?: string } | undefined)?.messageId ?? null;
    return {
      ok: messageId !== null && messageId !== "",
      detail: messageId ? `sent as ${messageId}` : "the notifier returned no message id",
      after: { channel: target, messageId },
    };
  },
  undo: { reason: "a sent message cannot be unsent" },
});
