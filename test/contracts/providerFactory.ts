import type { PortName, Provider } from "@airr/core";

/**
 * Makes a fresh provider for one test: seeded with the fixtures the suite documents, sharing no
 * state with any other call. Contract suites call it in `beforeEach`.
 */
export type ProviderFactory = () => Promise<Provider>;

/** The port a suite tests, or a clear failure when the provider lacks it. */
export function requirePort<P extends PortName>(provider: Provider, port: P): NonNullable<Provider[P]> {
  const found = provider[port];
  if (found === undefined || found === null) {
    throw new Error(`provider "${provider.cloud}" has no ${port} port, which this contract suite tests`);
  }
  return found as NonNullable<Provider[P]>;
}

/** A fixed clock for suites: every time is passed in, so runs are deterministic. */
export const T0 = "2026-01-31T12:00:00.000Z";

/** `T0` plus `minutes`, in the ISO-8601 form the ports take. */
export function at(minutes: number): string {
  return new Date(Date.parse(T0) + minutes * 60_000).toISOString();
}
