import type { Command } from "commander";
import * as drift from "./drift.js";
import * as embeddingDrift from "./embeddingDrift.js";
import * as local from "./local.js";
import * as monitor from "./monitor.js";
import * as stream from "./stream.js";

/**
 * Every `airr` sub-command registers itself here, one module each, so commands stay small and
 * independent. Each module exports `register(program)`.
 */
export type CommandModule = { register(program: Command): void };

export const commandModules: CommandModule[] = [local, stream, embeddingDrift, drift, monitor];
