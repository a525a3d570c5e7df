import { AirrError } from "../errors.js";

/** A manifest or a key given to the integrity check is malformed. Nothing was verified. */
export class ManifestError extends AirrError {
  constructor(message: string, options: { hint?: string; where?: string; cause?: unknown } = {}) {
    super("InvalidManifest", message, options);
  }
}
