import { isMap, isScalar, isSeq, type LineCounter, type Node, type ParsedNode } from "yaml";

export type DocPath = readonly (string | number)[];

/** The YAML node at `path`, or the deepest existing ancestor (so missing keys point at their parent). */
function nodeAt(root: ParsedNode | null, path: DocPath, wantKey: boolean): Node | null {
  let node: Node | null = root;
  for (const [depth, segment] of path.entries()) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) return node;
      if (wantKey && depth === path.length - 1 && isScalar(pair.key)) return pair.key;
      node = (pair.value as Node | null) ?? (pair.key as Node);
    } else if (isSeq(node) && typeof segment === "number") {
      const item = node.items[segment] as Node | undefined;
      if (!item) return node;
      node = item;
    } else {
      return node;
    }
  }
  return node;
}

/**
 * Line and column (1-based) of `path` in a parsed document: of the key itself when `wantKey`
 * (unknown keys), else of the value. Falls back to the start of the document.
 */
export function locate(
  root: ParsedNode | null,
  lineCounter: LineCounter,
  path: DocPath,
  wantKey = false,
): { line: number; column: number } {
  const node = nodeAt(root, path, wantKey);
  const offset = node?.range?.[0] ?? root?.range?.[0] ?? 0;
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

/** `policies[0].guardrails.cooldown` for `["policies", 0, "guardrails", "cooldown"]`. */
export function formatPath(path: DocPath): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join("");
}

/** The plain value at `path`, or undefined. */
export function valueAt(value: unknown, path: DocPath): unknown {
  let current = value;
  for (const segment of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}
