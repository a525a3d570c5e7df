/**
 * Every failure a user can cause is an `AirrError`: a stable `code` for machines, a message that
 * says what was received, and a `hint` that says how to fix it. Expected outcomes (duplicate,
 * cooldown, awaiting approval) are returned values, never errors.
 *
 * @example
 * throw new AirrError("InvalidThreshold", "threshold must be in (0, 1], got 3", {
 *   hint: "pass --threshold 0.05",
 * });
 */
export class AirrError extends Error {
  readonly code: string;
  readonly hint: string | undefined;
  /** Where the problem is: a file, a line, a JSON path, a column name. */
  readonly where: string | undefined;

  constructor(code: string, message: string, options: { hint?: string; where?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.hint = options.hint;
    this.where = options.where;
  }

  /** A plain object for `--json` output and audit records. Never contains the cause's payload. */
  toJSON(): { code: string; message: string; where?: string; hint?: string } {
    return {
      code: this.code,
      message: this.message,
      ...(this.where === undefined ? {} : { where: this.where }),
      ...(this.hint === undefined ? {} : { hint: this.hint }),
    };
  }
}

/** An unknown key was asked of a registry; the message lists the valid keys. */
export class UnknownKeyError extends AirrError {
  constructor(kind: string, key: string, valid: readonly string[]) {
    super("UnknownKey", `unknown ${kind} "${key}"`, {
      hint: `valid ${kind}s: ${[...valid].sort().join(", ")}`,
    });
  }
}
