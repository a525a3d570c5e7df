import { AirrError } from "../../errors.js";

/** One problem in a policy file, located to the line and column. */
export interface PolicyProblem {
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  /** Path inside the document, e.g. `policies[0].guardrails.cooldown`. */
  path: string;
  message: string;
  hint: string;
}

/**
 * Renders a problem the way compilers do: `file:line:column: path: message (fix: hint)`.
 *
 * @example
 * for (const p of validatePolicies(text, file).problems) console.error(formatProblem(p));
 */
export function formatProblem(problem: PolicyProblem): string {
  return `${problem.file}:${problem.line}:${problem.column}: ${problem.path ? `${problem.path}: ` : ""}${problem.message}${problem.hint ? ` (fix: ${problem.hint})` : ""}`;
}

/** A policy file has problems; `problems` lists every one of them, not only the first. */
export class PolicyError extends AirrError {
  readonly problems: PolicyProblem[];

  constructor(file: string, problems: PolicyProblem[]) {
    const first = problems[0];
    super(
      "InvalidPolicy",
      `${file}: ${problems.length} problem${problems.length === 1 ? "" : "s"}: ${problems.map(formatProblem).join("; ")}`,
      {
        where: first ? `${first.file}:${first.line}:${first.column}` : file,
        hint: first?.hint ?? "run `airr policy validate FILE` to see every problem",
      },
    );
    this.problems = problems;
  }

  override toJSON(): { code: string; message: string; where?: string; hint?: string; problems?: PolicyProblem[] } {
    return { ...super.toJSON(), problems: this.problems };
  }
}
