import type { WorldDescription } from "@airr/local";
import { formatTable } from "./output.js";

const clip = (text: string, max = 48): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The human view of `airr local show`: one table per kind of resource. Never a secret value. */
export function renderWorld(world: WorldDescription): string {
  const sections: [string, string][] = [
    [
      "Model endpoints",
      formatTable(
        ["ENDPOINT", "STATUS", "SERVING", "VERSIONS (oldest first)", "CMEK KEY"],
        world.endpoints.map((e) => [
          e.id,
          e.status,
          e.currentVersion,
          e.history.map((h) => h.version).join(", "),
          e.kmsKeyId,
        ]),
      ),
    ],
    [
      "Secrets (values are never shown)",
      formatTable(
        ["SECRET", "CURRENT", "PREVIOUS", "VERSIONS"],
        world.secrets.map((s) => [s.id, s.currentVersion, s.previousVersion, s.versions.join(", ")]),
      ),
    ],
    [
      "Prompt blocklist",
      formatTable(
        ["ID", "MATCH", "PATTERN", "REASON", "INCIDENT"],
        world.blocklist.map((b) => [b.id, b.match, clip(b.pattern), clip(b.reason, 40), b.incidentId]),
      ),
    ],
    [
      "Data stores",
      formatTable(
        ["STORE", "PUBLIC ACCESS", "CMEK KEY", "READABLE OBJECTS"],
        world.stores.map((s) => [s.name, s.publicAccessBlocked ? "blocked" : "NOT blocked", s.kmsKeyId, s.objects]),
      ),
    ],
  ];
  if (world.quarantines.length > 0) {
    const rows = world.quarantines.map((q) => [
      q.id,
      q.store,
      q.prefix,
      q.objects.length,
      q.released ? "released" : "held",
    ]);
    sections.push(["Quarantines", formatTable(["ID", "STORE", "PREFIX", "OBJECTS", "STATE"], rows)]);
  }
  sections.push([
    "KMS keys",
    formatTable(
      ["KEY"],
      world.kmsKeys.map((k) => [k]),
    ),
  ]);
  const notifications = world.notifications.map((n) => [n.at, n.severity, clip(n.subject, 60), n.incidentId]);
  sections.push([
    "Recent notifications (outbox.jsonl)",
    notifications.length === 0 ? "(none)" : formatTable(["AT", "SEVERITY", "SUBJECT", "INCIDENT"], notifications),
  ]);
  if (world.incidents.length > 0) {
    const rows = world.incidents.map((i) => [i.id, i.status, i.mode, i.createdAt]);
    sections.push(["Recent incidents", formatTable(["INCIDENT", "STATUS", "MODE", "CREATED"], rows)]);
  }
  const body = sections.map(([title, table]) => `${title}\n${table}`).join("\n\n");
  return `Local cloud in ${world.dir}\n\n${body}\n`;
}
