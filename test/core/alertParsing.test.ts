import { AlertParseError, parseAlerts, parseUntrustedJson } from "@airr/core";
import { describe, expect, it } from "vitest";

const localAlert = {
  alertName: "fraud-model-drift",
  alertId: "local:alert/fraud-model-drift",
  state: "firing",
  severity: "error",
  resourceId: "endpoint/fraud",
  metricName: "drift_score",
  firedAt: "2026-01-31T12:00:00.000Z",
};

describe("alert parsing boundary", () => {
  it("normalizes a local alert with defaults", () => {
    const [alert] = parseAlerts(localAlert);
    expect(alert).toMatchObject({ cloud: "local", kind: "local.alert", labels: {}, resolvedAt: null });
    expect(alert?.raw).toEqual(localAlert);
  });

  it("rejects prototype-pollution keys anywhere in the payload", () => {
    const hostile = parseUntrustedJson.bind(null, '{"alertName":"x","alertId":"y","labels":{"__proto__":{"a":1}}}');
    expect(hostile).toThrowError(AlertParseError);
    expect(() => parseAlerts({ ...localAlert, labels: { constructor: "x" } })).toThrowError(/forbidden key/);
  });

  it("rejects oversized and deeply nested payloads with typed codes", () => {
    const big = JSON.stringify({ ...localAlert, pad: "x".repeat(300 * 1024) });
    expect(() => parseUntrustedJson(big)).toThrowError(expect.objectContaining({ code: "PayloadTooLarge" }));
    const deep = `${"[".repeat(100)}${"]".repeat(100)}`;
    expect(() => parseUntrustedJson(deep)).toThrowError(expect.objectContaining({ code: "ValidationError" }));
  });

  it("names the missing field", () => {
    const { alertId: _omit, ...noId } = localAlert;
    expect(() => parseAlerts(noId, { source: "local.alert" })).toThrowError(
      expect.objectContaining({ code: "MissingRequiredField", where: "$.alertId" }),
    );
  });

  it("says which sources exist when nothing matches", () => {
    expect(() => parseAlerts({ hello: "world" })).toThrowError(
      expect.objectContaining({ code: "UnsupportedSchema", hint: expect.stringContaining("local.alert") }),
    );
  });
});
