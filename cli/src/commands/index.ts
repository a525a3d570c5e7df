import type { Command } from "commander";
import * as alert from "./alert.js";
import * as approve from "./approve.js";
import * as demo from "./demo.js";
import * as drift from "./drift.js";
import * as embeddingDrift from "./embeddingDrift.js";
import * as exempt from "./exempt.js";
import * as incidents from "./incidents.js";
import * as local from "./local.js";
import * as monitor from "./monitor.js";
import * as policy from "./policy.js";
import * as respond from "./respond.js";
import * as runbook from "./runbook.js";
import * as scan from "./scan.js";
import * as simulate from "./simulate.js";
import * as stream from "./stream.js";
import * as undo from "./undo.js";

/**
 * Every `airr` sub-command registers itself here, one module each, so commands stay small and
 * independent. Each module exports `register(program)`.
 */
export type CommandModule = { register(program: Command): void };

// Command modules should import only commander at load time and import what they need inside
// their action, so `airr --help` starts without loading zod, yaml or any provider.
export const commandModules: CommandModule[] = [
  respond,
  alert,
  policy,
  incidents,
  approve,
  undo,
  exempt,
  demo,
  local,
  runbook,
  simulate,
  stream,
  embeddingDrift,
  drift,
  monitor,
  scan,
];
