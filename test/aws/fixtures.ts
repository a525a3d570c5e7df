import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const FIXTURE_DIR = fileURLToPath(new URL("../fixtures/events/aws/", import.meta.url));

/** A fixture as Lambda would hand it over: already parsed (JSON.parse keeps `__proto__` as a key). */
export function awsFixture(source: string, variant: string): unknown {
  return JSON.parse(readFileSync(`${FIXTURE_DIR}${source}/${variant}.json`, "utf8"));
}

/** Every (source, variant) pair on disk. */
export function allAwsFixtures(): { source: string; variant: string }[] {
  return readdirSync(FIXTURE_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(`${FIXTURE_DIR}${d.name}`)
        .filter((f) => f.endsWith(".json"))
        .map((f) => ({ source: d.name, variant: f.replace(/\.json$/, "") })),
    );
}
