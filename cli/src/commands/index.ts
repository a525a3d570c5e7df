import type { Command } from "commander";
import * as local from "./local.js";
import * as runbook from "./runbook.js";
import * as simulate from "./simulate.js";

/**
 * Every `airr` sub-command registers itself here, one module each, so commands stay small and
 * independent. Each module exports `register(program)`.
 */
export type CommandModule = { register(program: Command): void };

export const commandModules: CommandModule[] = [local, runbook, simulate];
