import { readdir } from "node:fs/promises";
import { z } from "zod";
import { Time } from "./checkInput.js";
import { exists } from "./objectFiles.js";
import type { StateDir } from "./StateDir.js";
import { INCIDENTS_DIR, IncidentFileSchema } from "./stateSchemas.js";

/**
 * One line per incident, written when its file is first created: `{id, createdAt}`. Listing the
 * newest N incidents reads this small file and N incident files, not every incident file.
 * (`createdAt` never changes after `respond` creates an incident; approve and undo keep it.)
 */
export const INCIDENT_INDEX_FILE = "state/incidents.index.jsonl";
const IndexEntrySchema = z.object({ id: z.string().min(1), createdAt: Time }).strict();
type IndexEntry = z.infer<typeof IndexEntrySchema>;
type IncidentFile = z.output<typeof IncidentFileSchema>;

/** Ids become file names through URI encoding, so no id can reach outside the incidents folder. */
export function incidentFile(id: string): string {
  return `${INCIDENTS_DIR}/${encodeURIComponent(id)}.json`;
}

/**
 * Writes an incident and indexes it if it is new. Call under the state lock. A crash between the
 * two writes leaves an unindexed file, which `newestIncidents` still finds (by its file name).
 * A state folder from before the index gets its index built here, once, on the first write.
 */
export async function writeIncident(dir: StateDir, incident: { id: string; createdAt: string }): Promise<void> {
  const rel = incidentFile(incident.id);
  const isNew = !(await exists(dir.path(rel)));
  if (isNew && !(await exists(dir.path(INCIDENT_INDEX_FILE)))) await buildIndex(dir);
  await dir.writeJson(rel, incident);
  if (isNew) await dir.appendJsonl(INCIDENT_INDEX_FILE, { id: incident.id, createdAt: incident.createdAt });
}

/** The newest `limit` incidents (all without a limit), by `createdAt`, then id, descending. */
export async function newestIncidents(dir: StateDir, limit?: number): Promise<IncidentFile[]> {
  const names = await incidentFileNames(dir);
  const indexed = new Map<string, IndexEntry>();
  for (const entry of await dir.readJsonl(INCIDENT_INDEX_FILE, IndexEntrySchema))
    indexed.set(`${encodeURIComponent(entry.id)}.json`, entry);
  const loaded = new Map<string, IncidentFile>();
  const entries: IndexEntry[] = [];
  for (const name of names) {
    let entry = indexed.get(name);
    if (entry === undefined) {
      // Unindexed (a crash between the two writes, or a folder from before the index): read it.
      const incident = await dir.readJson(`${INCIDENTS_DIR}/${name}`, IncidentFileSchema);
      loaded.set(incident.id, incident);
      entry = { id: incident.id, createdAt: incident.createdAt };
    }
    entries.push(entry);
  }
  entries.sort(newestFirst);
  const picked = limit === undefined ? entries : entries.slice(0, limit);
  const incidents = await Promise.all(
    picked.map((e) => loaded.get(e.id) ?? dir.readJson(incidentFile(e.id), IncidentFileSchema)),
  );
  return incidents.sort(newestFirst);
}

function newestFirst(a: IndexEntry, b: IndexEntry): number {
  return Date.parse(b.createdAt) - Date.parse(a.createdAt) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

async function buildIndex(dir: StateDir): Promise<void> {
  for (const name of await incidentFileNames(dir)) {
    const { id, createdAt } = await dir.readJson(`${INCIDENTS_DIR}/${name}`, IncidentFileSchema);
    await dir.appendJsonl(INCIDENT_INDEX_FILE, { id, createdAt });
  }
}

async function incidentFileNames(dir: StateDir): Promise<string[]> {
  try {
    return (await readdir(dir.path(INCIDENTS_DIR))).filter((n) => n.endsWith(".json"));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
}
