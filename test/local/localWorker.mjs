// A second process acting on the same local cloud, for the cross-process tests.
// Usage: node localWorker.mjs <dir> claim <owner> <keys> | rotate <times> | deploy-loop
import { LocalCloud } from "@airr/local";

const [dir, mode, ...args] = process.argv.slice(2);
const cloud = LocalCloud.open({ dir });

if (mode === "claim") {
  const [owner, count] = args;
  const keys = Array.from({ length: Number(count) }, (_, i) => `key-${i}`);
  const results = await Promise.all(
    keys.map((key) => cloud.state.claim(key, owner, "2026-01-31T12:00:00.000Z", "2026-01-31T13:00:00.000Z")),
  );
  process.stdout.write(JSON.stringify(keys.filter((_, i) => results[i].claimed)));
} else if (mode === "rotate") {
  for (let i = 0; i < Number(args[0]); i++) await cloud.secrets.rotate("llm-api-key");
} else if (mode === "deploy-loop") {
  for (let i = 0; ; i++) {
    await cloud.endpoints.deployVersion("fraud-detector", i % 2 === 0 ? "fraud-v1" : "fraud-v2");
    await cloud.state.appendAudit({
      at: "2026-01-31T12:00:00.000Z",
      incidentId: "inc-loop",
      phase: "note",
      actionKey: null,
      event: `deploy-${i}`,
      detail: {},
    });
    if (i === 0) process.stdout.write("ready\n");
  }
}
