import picomatch from "picomatch";
import type { Alert } from "../alert.js";
import type { Policy, PolicyMatch } from "./policySchema.js";

type Test = (alert: Alert) => boolean;

const list = <T>(value: T | T[] | undefined): T[] | undefined =>
  value === undefined ? undefined : Array.isArray(value) ? value : [value];

/** Globs become plain regular expressions once; `RegExp.test` is several times faster than picomatch's matcher wrapper. */
const glob = (patterns: string[]): ((value: string) => boolean) => {
  const res = patterns.map((pattern) => picomatch.makeRe(pattern, { dot: true }));
  return res.length === 1 && res[0] ? res[0].test.bind(res[0]) : (value) => res.some((re) => re.test(value));
};

/** Compiles a match block once into predicates; globs become regular expressions here. */
function compile(match: PolicyMatch): Test[] {
  const tests: Test[] = [];
  const names = list(match.alertName);
  if (names) {
    const isMatch = glob(names);
    tests.push((a) => isMatch(a.alertName));
  }
  const kinds = list(match.kind);
  if (kinds) {
    const isMatch = glob(kinds);
    tests.push((a) => isMatch(a.kind));
  }
  const clouds = list(match.cloud);
  if (clouds) tests.push((a) => clouds.includes(a.cloud));
  const severities = list(match.severity);
  if (severities) tests.push((a) => a.severity !== null && severities.includes(a.severity));
  const states = list(match.state);
  if (states) tests.push((a) => states.includes(a.state));
  const resources = list(match.resource);
  if (resources) {
    const isMatch = glob(resources);
    tests.push((a) => a.resourceId !== null && isMatch(a.resourceId));
  }
  for (const [key, pattern] of Object.entries(match.labels ?? {})) {
    const isMatch = glob([pattern]);
    tests.push((a) => {
      const value = a.labels[key];
      return value !== undefined && isMatch(value);
    });
  }
  return tests;
}

// Policies are immutable once loaded; compile each one the first time it is matched.
const compiled = new WeakMap<Policy, Test[]>();

/**
 * True when the alert satisfies every condition of the policy's `match` (and it is enabled).
 *
 * @example
 * matchesPolicy(alert, policy); // alertName glob, kind, cloud, severity, state, resource, labels
 */
export function matchesPolicy(alert: Alert, policy: Policy): boolean {
  if (!policy.enabled) return false;
  let tests = compiled.get(policy);
  if (!tests) {
    tests = compile(policy.match);
    compiled.set(policy, tests);
  }
  // A loop, not `tests.every((t) => t(alert))`: that closure is allocated on every call, ~100
  // bytes per policy, which made 1,000-policy matching trigger a scavenge every ~100 alerts.
  for (const test of tests) if (!test(alert)) return false;
  return true;
}

/**
 * The policies that match, in file order.
 *
 * @example
 * matchPolicies(alert, policies).map((p) => p.name);
 */
export function matchPolicies(alert: Alert, policies: readonly Policy[]): Policy[] {
  const matched: Policy[] = [];
  for (const policy of policies) if (matchesPolicy(alert, policy)) matched.push(policy);
  return matched;
}
