import { AirrError } from "../errors.js";

/** A runbook file is malformed, or a runbook run was asked for with missing inputs. */
export class RunbookError extends AirrError {}
