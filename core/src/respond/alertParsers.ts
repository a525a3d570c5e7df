import { Registry } from "../registry.js";
import type { Alert, Cloud } from "./alert.js";
import { AlertParseError } from "./alertErrors.js";
import type { AlertParser } from "./alertParser.js";
import { fromLocalAlert } from "./parsers/fromLocalAlert.js";
import { assertSafeValue } from "./safeJson.js";

/** All known alert parsers. Adapters register theirs (`registerAwsParsers(alertParsers)`). */
export const alertParsers = new Registry<AlertParser>("alert source").register(fromLocalAlert.source, fromLocalAlert);

/**
 * Picks the parser for a payload: the one named by `source`, or for `auto` the first whose
 * `matches` is true (restricted to `cloud` when given). Throws `UnsupportedSchema` otherwise.
 */
export function parseAlerts(payload: unknown, options: { source?: string; cloud?: Cloud | "auto" } = {}): Alert[] {
  if (options.source) return alertParsers.get(options.source).parse(payload);
  assertSafeValue(payload);
  const candidates = alertParsers
    .entries()
    .map(([, parser]) => parser)
    .filter((p) => !options.cloud || options.cloud === "auto" || p.cloud === options.cloud);
  const parser = candidates.find((p) => p.matches(payload));
  if (!parser) {
    throw new AlertParseError("UnsupportedSchema", "payload matches no known alert source", {
      hint: `known sources: ${candidates.map((p) => p.source).join(", ") || "(none registered)"}`,
    });
  }
  return parser.parse(payload);
}
