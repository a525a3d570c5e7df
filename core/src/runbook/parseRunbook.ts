import { isNode, LineCounter, parseDocument } from "yaml";
import { type Runbook, RunbookSchema } from "./RunbookSchema.js";
import { RunbookError } from "./runbookErrors.js";

/**
 * Parses and validates a runbook YAML. Throws `RunbookError` (`InvalidRunbook`) whose `where`
 * is `file:line` and the path of the first bad field.
 *
 * @example
 * const runbook = parseRunbook(readFileSync(file, "utf8"), file);
 */
export function parseRunbook(text: string, file = "runbook.yaml"): Runbook {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const yamlError = doc.errors[0];
  if (yamlError !== undefined) {
    const line = lineCounter.linePos(yamlError.pos[0]).line;
    throw new RunbookError("InvalidRunbook", `${file} is not valid YAML: ${yamlError.message.split("\n")[0]}`, {
      where: line === undefined ? file : `${file}:${line}`,
      hint: "fix the YAML syntax at that line",
      cause: yamlError,
    });
  }
  const result = RunbookSchema.safeParse(doc.toJS());
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = (issue?.path ?? []).map((p) => (typeof p === "symbol" ? String(p) : p));
  // Walk up to the deepest node that exists (a missing key has no node of its own).
  let line: number | undefined;
  for (let depth = path.length; depth >= 0 && line === undefined; depth--) {
    const node = doc.getIn(path.slice(0, depth), true);
    if (isNode(node) && node.range) line = lineCounter.linePos(node.range[0]).line;
  }
  throw new RunbookError("InvalidRunbook", `${file}: ${path.join(".") || "(root)"}: ${issue?.message ?? "invalid"}`, {
    where: line === undefined ? file : `${file}:${line}`,
    hint: "see the runbook schema in core/src/runbook/RunbookSchema.ts and an existing runbook in runbooks/",
    cause: result.error,
  });
}
