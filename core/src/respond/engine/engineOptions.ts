import { randomBytes } from "node:crypto";
import type { Registry } from "../../registry.js";
import type { Action } from "../actions/action.js";
import { actions as defaultActions } from "../actions/actions.js";
import { parseDuration } from "../duration.js";

/** Options shared by `respond`, `approve` and `undo`. */
export interface EngineOptions {
  /** `dry-run` (default) reads only and shows the exact change; `apply` acts. */
  mode?: "dry-run" | "apply";
  /** The clock; inject one in tests. Default: the system clock. */
  clock?: () => Date;
  /** Who started it: `cli:alice`, `function:aws`, `runbook:secret-exposure`. */
  initiator?: string;
  /** The action catalogue (default: the built-in one). */
  actions?: Registry<Action>;
  /** How long a claim holds before another delivery may retry a failed action (default 15m). */
  claimTtl?: string;
  /** Incident id generator (default: time plus random suffix). */
  newId?: (now: string) => string;
  /** Progress for anything that waits (the CLI prints it on stderr). */
  onProgress?: (message: string) => void;
}

export interface ResolvedOptions {
  mode: "dry-run" | "apply";
  now: () => string;
  initiator: string;
  actions: Registry<Action>;
  claimTtlMs: number;
  newId: (now: string) => string;
  progress: (message: string) => void;
}

/** `inc-20260131T120000Z-3f2a1b`: sortable by time, unique across concurrent deliveries. */
export function defaultIncidentId(now: string): string {
  return `inc-${now.slice(0, 19).replace(/[-:]/g, "")}Z-${randomBytes(3).toString("hex")}`;
}

export function resolveOptions(options: EngineOptions): ResolvedOptions {
  const clock = options.clock ?? (() => new Date());
  return {
    mode: options.mode ?? "dry-run",
    now: () => clock().toISOString(),
    initiator: options.initiator ?? "api",
    actions: options.actions ?? defaultActions,
    claimTtlMs: parseDuration(options.claimTtl ?? "15m") ?? 900_000,
    newId: options.newId ?? defaultIncidentId,
    progress: options.onProgress ?? (() => {}),
  };
}
