import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  AirrError,
  parseRunbook,
  type ReferenceCatalogue,
  ReferenceCatalogueSchema,
  type Runbook,
  UnknownKeyError,
} from "@airr/core";

/** The runbooks shipped in the repository (cli/dist/ -> ../../runbooks). */
const DEFAULT_DIR = fileURLToPath(new URL("../../runbooks/", import.meta.url));

/** Where runbooks are read from: `--runbooks`, else $AIRR_RUNBOOKS_DIR, else the shipped ones. */
export function runbooksDir(flag?: string): string {
  const dir = flag ?? process.env["AIRR_RUNBOOKS_DIR"] ?? DEFAULT_DIR;
  if (!existsSync(dir)) {
    throw new AirrError("RunbooksNotFound", `no runbook directory at ${dir}`, {
      where: "--runbooks",
      hint: "pass --runbooks DIR (a folder of <name>.yaml runbooks)",
    });
  }
  return dir.endsWith("/") ? dir : `${dir}/`;
}

/** Every runbook in the directory, parsed and validated, sorted by name. */
export function loadRunbooks(dir: string): Runbook[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".yaml"))
    .sort()
    .map((f) => parseRunbook(readFileSync(dir + f, "utf8"), dir + f));
}

/** One runbook by name; an unknown name lists the valid ones. */
export function loadRunbook(dir: string, name: string): Runbook {
  const all = loadRunbooks(dir);
  const found = all.find((r) => r.name === name);
  if (found === undefined)
    throw new UnknownKeyError(
      "runbook",
      name,
      all.map((r) => r.name),
    );
  return found;
}

/** The framework catalogue the runbooks cite (`reference/catalogue.json` beside them). */
export function loadCatalogue(dir: string): ReferenceCatalogue {
  return ReferenceCatalogueSchema.parse(JSON.parse(readFileSync(`${dir}reference/catalogue.json`, "utf8")));
}
