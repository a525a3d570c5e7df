import { readFileSync } from "node:fs";
import { extname } from "node:path";
import { AirrError, type RawValue } from "@airr/core";
import { parse } from "csv-parse/sync";

/** A table read from a file: column name → values (`null` = missing). */
export type Table = Record<string, RawValue[]>;

const MISSING = new Set(["", "NA", "N/A", "NaN", "nan", "null", "NULL", "None"]);
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** A data file cannot be read as a table; `where` names the file and line. */
export class DataFileError extends AirrError {}

/** A CSV cell as pandas would read it: missing markers → null, numbers → number, ±inf → ±Infinity. */
export function parseCell(cell: string): RawValue {
  const v = cell.trim();
  if (MISSING.has(v)) return null;
  if (NUMBER.test(v)) return Number(v);
  if (/^[+-]?(inf|Infinity)$/i.test(v)) return v.startsWith("-") ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  return cell;
}

/**
 * Reads CSV (header row), JSONL (one object per line) or JSON (an array of values, read as a
 * single column `value`; `null` = missing) by file extension. Throws `DataFileError` naming the
 * file and line on anything malformed; never returns a partial table.
 */
export function readTable(path: string): Table {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new DataFileError("FileNotReadable", `cannot read ${path}: ${(error as Error).message}`, {
      where: path,
      hint: "check the path and that the file exists",
      cause: error,
    });
  }
  const ext = extname(path).toLowerCase();
  if (ext === ".jsonl" || ext === ".ndjson") return readJsonl(text, path);
  if (ext === ".json") return readJsonArray(text, path);
  return readCsv(text, path);
}

function readCsv(text: string, path: string): Table {
  let rows: string[][];
  try {
    rows = parse(text, { skip_empty_lines: true, relax_column_count: false, bom: true }) as string[][];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new DataFileError("MalformedCsv", `${path} is not valid CSV: ${(error as Error).message}`, {
      where: line === undefined ? path : `${path}:${line}`,
      hint: "every row needs as many fields as the header; quote fields that contain commas",
      cause: error,
    });
  }
  const header = rows[0];
  if (header === undefined || header.length === 0) {
    throw new DataFileError("EmptyFile", `${path} has no header row`, {
      where: path,
      hint: "the first line must name the columns",
    });
  }
  const table: Table = Object.fromEntries(header.map((h) => [h, [] as RawValue[]]));
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r] as string[];
    for (const [i, h] of header.entries()) table[h]?.push(parseCell(row[i] ?? ""));
  }
  return table;
}

function readJsonl(text: string, path: string): Table {
  const table: Table = {};
  const lines = text.split("\n");
  let n = 0;
  for (const [i, line] of lines.entries()) {
    if (line.trim() === "") continue;
    let obj: unknown;
    try {
      obj = JSON.parse(line);
    } catch (error) {
      throw new DataFileError(
        "MalformedJsonl",
        `${path} line ${i + 1} is not valid JSON: ${(error as Error).message}`,
        {
          where: `${path}:${i + 1}`,
          hint: "each line must be one JSON object",
          cause: error,
        },
      );
    }
    if (obj === null || typeof obj !== "object" || Array.isArray(obj)) {
      throw new DataFileError("MalformedJsonl", `${path} line ${i + 1} is not a JSON object`, {
        where: `${path}:${i + 1}`,
        hint: 'write rows as {"column": value, ...}',
      });
    }
    for (const [k, v] of Object.entries(obj)) {
      if (!(k in table)) table[k] = new Array<RawValue>(n).fill(null);
      table[k]?.push(cellValue(v, path, i + 1));
    }
    n++;
    for (const col of Object.values(table)) if (col.length < n) col.push(null);
  }
  return table;
}

function readJsonArray(text: string, path: string): Table {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new DataFileError("MalformedJson", `${path} is not valid JSON: ${(error as Error).message}`, {
      where: path,
      hint: "write a JSON array of values",
      cause: error,
    });
  }
  if (!Array.isArray(data)) {
    throw new DataFileError("MalformedJson", `${path} must hold a JSON array of values`, {
      where: path,
      hint: "e.g. [1.5, 2.0, null]",
    });
  }
  return { value: data.map((v, i) => cellValue(v, path, i + 1)) };
}

function cellValue(v: unknown, path: string, at: number): RawValue {
  if (v === null || typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  throw new DataFileError(
    "MalformedValue",
    `${path} item ${at} holds a nested value (${JSON.stringify(v).slice(0, 40)})`,
    {
      where: `${path}:${at}`,
      hint: "values must be numbers, strings, booleans or null",
    },
  );
}
