import type { z } from "zod";
import type { PortName, Provider } from "../../ports/Provider.js";
import type { Alert } from "../alert.js";
import { ActionError } from "./actionErrors.js";
import { resolveTargetPattern } from "./targets.js";

/** What an action may see while it runs: the ports, the alert, and who is asking. */
export interface ActionContext {
  provider: Provider;
  alert: Alert;
  incidentId: string;
  /** The idempotency key (alert id, action, target). */
  key: string;
  /** The engine's clock, ISO-8601. */
  now: string;
}

export interface VerifyResult {
  ok: boolean;
  detail: string;
  /** The target's state after the change (never a secret value). */
  after: unknown;
}

/** How an executed action is undone: put back the state captured by `before`. */
export interface UndoSupport {
  describe(target: string, params: Record<string, unknown>, before: unknown): string;
  undo(target: string, params: Record<string, unknown>, before: unknown, ctx: ActionContext): Promise<void>;
  verify(target: string, params: Record<string, unknown>, before: unknown, ctx: ActionContext): Promise<VerifyResult>;
}

/**
 * A remediation in the catalogue. The engine calls, in order: `resolveTargets`, `before`,
 * `describeChange` (all read-only, also in dry-run), then `execute` and `verify`; `undo` later.
 */
export interface Action {
  readonly name: string;
  readonly summary: string;
  /** Validates (and defaults) the parameters after templating. */
  readonly params: z.ZodType<Record<string, unknown>>;
  readonly ports: readonly PortName[];
  /**
   * The parameter naming the target; a glob there expands over `knownTargets` and each target
   * gets its own copy of the parameters. Null when the target is derived (a new blocklist entry).
   */
  readonly targetParam: string | null;
  /** Every target of this kind the provider knows (for blast-radius percentages). */
  knownTargets(provider: Provider): Promise<string[]>;
  /** Concrete targets for these parameters; throws `TargetNotFound` / `LookupFailed`. */
  resolveTargets(params: Record<string, unknown>, provider: Provider): Promise<string[]>;
  /** Captures the target's state (never a secret value); throws when it cannot be read. */
  before(target: string, params: Record<string, unknown>, ctx: ActionContext): Promise<unknown>;
  /** The exact change, in words, that `execute` would make (shown by dry-run and approvals). */
  describeChange(target: string, params: Record<string, unknown>, before: unknown): string;
  /** Makes the change; resolves to a receipt (e.g. a message id) that `verify` receives. */
  execute(target: string, params: Record<string, unknown>, before: unknown, ctx: ActionContext): Promise<unknown>;
  verify(
    target: string,
    params: Record<string, unknown>,
    before: unknown,
    ctx: ActionContext,
    receipt?: unknown,
  ): Promise<VerifyResult>;
  /** How to undo it, or why it cannot be undone. */
  readonly undo: UndoSupport | { reason: string };
}

/** Typed spec of an action; `defineAction` erases the parameter type for the registry. */
export interface ActionSpec<P extends Record<string, unknown>> {
  name: string;
  summary: string;
  params: z.ZodType<P>;
  ports: readonly PortName[];
  targetParam: (keyof P & string) | null;
  knownTargets(provider: Provider): Promise<string[]>;
  resolveTargets?(params: P, provider: Provider): Promise<string[]>;
  before(target: string, params: P, ctx: ActionContext): Promise<unknown>;
  describeChange(target: string, params: P, before: unknown): string;
  execute(target: string, params: P, before: unknown, ctx: ActionContext): Promise<unknown>;
  verify(target: string, params: P, before: unknown, ctx: ActionContext, receipt?: unknown): Promise<VerifyResult>;
  undo:
    | {
        describe(target: string, params: P, before: unknown): string;
        undo(target: string, params: P, before: unknown, ctx: ActionContext): Promise<void>;
        verify(target: string, params: P, before: unknown, ctx: ActionContext): Promise<VerifyResult>;
      }
    | { reason: string };
}

/**
 * Builds an `Action` from a typed spec. Parameters reach the spec's functions only after the
 * engine validated them with `spec.params`, which is what makes the narrowing cast safe.
 *
 * @example
 * export const notify = defineAction({ name: "notify", summary: "tell humans", params: NotifyParams,
 *   ports: ["notifier"], targetParam: "channel", ... });
 */
export function defineAction<P extends Record<string, unknown>>(spec: ActionSpec<P>): Action {
  const typed = (params: Record<string, unknown>) => params as P;
  const resolve = spec.resolveTargets ?? defaultResolve(spec);
  return {
    name: spec.name,
    summary: spec.summary,
    params: spec.params as z.ZodType<Record<string, unknown>>,
    ports: spec.ports,
    targetParam: spec.targetParam,
    knownTargets: spec.knownTargets,
    resolveTargets: (params, provider) => resolve(typed(params), provider),
    before: (target, params, ctx) => spec.before(target, typed(params), ctx),
    describeChange: (target, params, before) => spec.describeChange(target, typed(params), before),
    execute: (target, params, before, ctx) => spec.execute(target, typed(params), before, ctx),
    verify: (target, params, before, ctx, receipt) => spec.verify(target, typed(params), before, ctx, receipt),
    undo:
      "reason" in spec.undo
        ? { reason: spec.undo.reason }
        : {
            describe: (t, p, b) =>
              (spec.undo as Exclude<typeof spec.undo, { reason: string }>).describe(t, typed(p), b),
            undo: (t, p, b, c) => (spec.undo as Exclude<typeof spec.undo, { reason: string }>).undo(t, typed(p), b, c),
            verify: (t, p, b, c) =>
              (spec.undo as Exclude<typeof spec.undo, { reason: string }>).verify(t, typed(p), b, c),
          },
  };
}

function defaultResolve<P extends Record<string, unknown>>(spec: ActionSpec<P>) {
  return async (params: P, provider: Provider): Promise<string[]> => {
    const pattern = spec.targetParam === null ? "" : String(params[spec.targetParam]);
    return resolveTargetPattern(spec.name, pattern, await listOrThrow(spec.name, () => spec.knownTargets(provider)));
  };
}

/** Calls a port's `list()`, turning any failure into a `LookupFailed` that blocks the action. */
export async function listOrThrow(action: string, list: () => Promise<string[]>): Promise<string[]> {
  try {
    return await list();
  } catch (cause) {
    throw new ActionError("LookupFailed", `${action}: listing targets failed: ${(cause as Error).message}`, {
      cause,
      hint: "the action was not taken; check the provider's connectivity and permissions, then retry",
    });
  }
}

/** Returns the named port, or throws `PortMissing` naming it (before anything changes). */
export function requirePort<K extends Exclude<PortName, "state">>(
  provider: Provider,
  port: K,
  action: string,
): NonNullable<Provider[K]> {
  const value = provider[port];
  if (value === undefined || value === null) {
    throw new ActionError(
      "PortMissing",
      `${action} needs the "${port}" port, which the ${provider.cloud} provider lacks`,
      {
        hint: "use a provider that implements it, or remove the action from the policy",
      },
    );
  }
  return value as NonNullable<Provider[K]>;
}
