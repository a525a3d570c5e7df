import { type Alert, loadPolicies, type Policy } from "@airr/core";

/** A controllable clock: starts at `start`, moves only when told. */
export function testClock(start = "2026-01-31T12:00:00.000Z") {
  let now = Date.parse(start);
  return {
    clock: () => new Date(now),
    advance(ms: number) {
      now += ms;
    },
  };
}

/** A firing drift alert on the fraud-detector endpoint (overridable). */
export function driftAlert(overrides: Partial<Alert> = {}): Alert {
  return {
    cloud: "local",
    kind: "local.alert",
    alertName: "fraud-model-drift",
    alertId: "local:alert/fraud-model-drift/1",
    state: "firing",
    severity: "error",
    resourceId: "endpoint/fraud-detector",
    metricName: "drift_score",
    firedAt: "2026-01-31T11:59:00.000Z",
    resolvedAt: null,
    labels: { team: "ml-fraud" },
    raw: {},
    ...overrides,
  };
}

/** One policy from YAML (validated like a file), for readable tests. */
export function policy(yaml: string): Policy {
  const [first] = loadPolicies(`apiVersion: airr/v1\nkind: Policy\n${yaml}`, "test.yaml");
  if (!first) throw new Error("no policy");
  return first;
}

/** The usual rollback policy, with extra guardrail lines. */
export function rollbackPolicy(guardrails = "", extraActions = ""): Policy {
  return policy(`name: drift-rollback
match: { alertName: "*-drift" }
actions:
  - action: rollback-model
    params: { endpoint: "\${alert.resourceId | basename}" }
${extraActions}
${guardrails ? `guardrails:\n${guardrails}` : ""}`);
}
