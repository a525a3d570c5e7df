import { readFileSync } from "node:fs";
import { AirrError } from "@airr/core";

/**
 * Reads a data file for the detector commands: one JSON document, or JSON Lines (one JSON value
 * per line, returned as an array). A missing file or bad JSON is the user's to fix: an
 * `AirrError` naming the file and, for JSON Lines, the line.
 */
export function readDataFile(path: string, flag: string, allowJsonLines: boolean): unknown {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (cause) {
    throw new AirrError(
      "FileNotReadable",
      `${flag} ${path}: ${(cause as NodeJS.ErrnoException).code ?? "unreadable"}`,
      {
        where: path,
        hint: `pass an existing file to ${flag}`,
        cause,
      },
    );
  }
  try {
    return JSON.parse(text);
  } catch (cause) {
    if (!allowJsonLines) throw invalidJson(path, flag, (cause as Error).message, cause);
  }
  return text
    .split(/\r?\n/)
    .map((line, i) => [line.trim(), i + 1] as const)
    .filter(([line]) => line !== "")
    .map(([line, n]) => {
      try {
        return JSON.parse(line) as unknown;
      } catch (cause) {
        throw invalidJson(`${path}:${n}`, flag, (cause as Error).message, cause);
      }
    });
}

function invalidJson(where: string, flag: string, detail: string, cause: unknown): AirrError {
  return new AirrError("InvalidJson", `${flag} ${where} is not valid JSON: ${detail}`, {
    where,
    hint:
      flag === "--input"
        ? "the file must be a JSON array of numbers"
        : "use a JSON array of arrays, or one JSON array per line",
    cause,
  });
}
