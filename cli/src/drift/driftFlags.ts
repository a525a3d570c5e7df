import { AirrError } from "@airr/core";

/** `--type num` applies to every selected column; `--type age=num` to one. */
export function parseTypes(values: string[], columns: string[]): Record<string, "num" | "cat"> {
  const types: Record<string, "num" | "cat"> = {};
  for (const value of values) {
    const [name, type] = value.includes("=")
      ? [value.slice(0, value.lastIndexOf("=")), value.slice(value.lastIndexOf("=") + 1)]
      : [undefined, value];
    if (type !== "num" && type !== "cat") {
      throw new AirrError("InvalidFlag", `--type must be num, cat or NAME=num|cat, got "${value}"`, {
        where: "--type",
        hint: "--type num or --type age=num",
      });
    }
    for (const column of name === undefined ? columns : [name]) types[column] = type;
  }
  return types;
}

/** A flag that must be a positive number. */
export function parsePositive(flag: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) {
    throw new AirrError("InvalidFlag", `${flag} must be a positive number, got "${raw}"`, {
      where: flag,
      hint: `e.g. ${flag} 0.05`,
    });
  }
  return n;
}
