// Renders every runbooks/<name>.yaml to runbooks/<name>.md (`npm run runbooks`, after `npm run build`).
// The test suite fails when a committed .md differs from what this writes.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { parseRunbook, ReferenceCatalogueSchema, renderRunbookMarkdown } from "@airr/core";

const dir = new URL(".", import.meta.url);
const catalogue = ReferenceCatalogueSchema.parse(
  JSON.parse(readFileSync(new URL("reference/catalogue.json", dir), "utf8")),
);
for (const file of readdirSync(dir).filter((f) => f.endsWith(".yaml"))) {
  const runbook = parseRunbook(readFileSync(new URL(file, dir), "utf8"), `runbooks/${file}`);
  writeFileSync(new URL(file.replace(/\.yaml$/, ".md"), dir), renderRunbookMarkdown(runbook, catalogue));
  console.log(`runbooks/${file.replace(/\.yaml$/, ".md")}`);
}
