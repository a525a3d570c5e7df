import { z } from "zod";
import { AlertSchema } from "../alert.js";
import { defineAlertParser, zodToAlertParseError } from "../alertParser.js";

/**
 * The local alert format: a JSON object with the `Alert` fields (or an array of them). `raw` is
 * optional here and defaults to the payload itself; `kind` defaults to `local.alert`.
 */
const LocalAlertInput = AlertSchema.extend({
  cloud: z.literal("local").default("local"),
  kind: z.string().min(1).default("local.alert"),
  labels: z.record(z.string(), z.string()).default({}),
  severity: AlertSchema.shape.severity.default(null),
  resourceId: AlertSchema.shape.resourceId.default(null),
  metricName: AlertSchema.shape.metricName.default(null),
  firedAt: AlertSchema.shape.firedAt.default(null),
  resolvedAt: AlertSchema.shape.resolvedAt.default(null),
  raw: z.unknown().optional(),
});

export const fromLocalAlert = defineAlertParser({
  source: "local.alert",
  cloud: "local",
  matches: (payload) => {
    const first = Array.isArray(payload) ? payload[0] : payload;
    return typeof first === "object" && first !== null && "alertName" in first && "alertId" in first;
  },
  toAlerts: (payload) => {
    const items = Array.isArray(payload) ? payload : [payload];
    return items.map((item) => {
      const parsed = LocalAlertInput.safeParse(item);
      if (!parsed.success) throw zodToAlertParseError("local.alert", parsed.error, item);
      return { ...parsed.data, raw: parsed.data.raw ?? item };
    });
  },
});
