import { mkdir, open, readFile, truncate } from "node:fs/promises";
import { dirname } from "node:path";
import type { z } from "zod";
import { parseStateJson } from "./parseStateJson.js";

/**
 * Appends one JSON line durably. A line torn by a crash mid-append (no trailing newline) is cut
 * off first, so the log stays one valid entry per line.
 */
export async function appendJsonLine(file: string, value: unknown): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const handle = await open(file, "a+");
  try {
    const { size } = await handle.stat();
    if (size > 0) {
      const last = Buffer.alloc(1);
      await handle.read(last, 0, 1, size - 1);
      if (last[0] !== 0x0a) {
        const text = await readFile(file);
        await truncate(file, text.lastIndexOf(0x0a) + 1);
      }
    }
    await handle.appendFile(`${JSON.stringify(value)}\n`);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Reads and validates a JSONL file (none = empty); a torn last line (crash mid-append) is ignored. */
export async function readJsonLines<S extends z.ZodType>(file: string, schema: S): Promise<z.output<S>[]> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  const lines = text.split("\n");
  lines.pop(); // after the last newline: empty, or a torn write
  return lines.map((line, index) => parseStateJson(`${file}:${index + 1}`, schema, line));
}
