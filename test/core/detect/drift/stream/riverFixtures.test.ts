import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { hasWarning, MersenneTwister, streamDetectors, toCamelCase } from "@airr/core";
import { describe, expect, it } from "vitest";

interface Case {
  name: string;
  detector: string;
  params: Record<string, unknown>;
  stream: number[];
  drifts: number[];
  warnings: number[];
  documented?: string[];
}

interface Fixture {
  cases: Case[];
  cpython_random: { seed: number; getrandbits32: number[]; sample70_30: number[]; sample1000_5: number[] }[];
}

const fixture = JSON.parse(
  readFileSync(fileURLToPath(new URL("../../../../fixtures/stream/river.json", import.meta.url)), "utf8"),
) as Fixture;

function camel(params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [toCamelCase(k), v]));
}

function run(c: Case): { drifts: number[]; warnings: number[] } {
  const detector = streamDetectors.get(c.detector).create(camel(c.params));
  const drifts: number[] = [];
  const warnings: number[] = [];
  c.stream.forEach((x, i) => {
    detector.update(x);
    if (detector.driftDetected) drifts.push(i);
    if (hasWarning(detector) && detector.warningDetected) warnings.push(i);
  });
  return { drifts, warnings };
}

describe("streaming detectors match River", () => {
  it.each(fixture.cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    // Prepare: the stream and River's detections come from generate_river.py.
    // Act
    const got = run(c);
    // Assess: same indices, to the element.
    expect(got.drifts).toEqual(c.drifts);
    expect(got.warnings).toEqual(c.warnings);
  });

  it("reproduces the lines River's docstrings print", () => {
    const docs = fixture.cases.filter((c) => c.documented);
    expect(docs.map((c) => c.detector).sort()).toEqual([
      "adwin",
      "ddm",
      "eddm",
      "hddm_a",
      "hddm_w",
      "kswin",
      "page_hinkley",
    ]);
    const printed = Object.fromEntries(docs.map((c) => [c.detector, c.documented]));
    // The indices printed in River's documentation, as published.
    expect(printed["adwin"]).toEqual(["Change detected at index 1023, input value: 4"]);
    expect(printed["page_hinkley"]).toEqual(["Change detected at index 1006, input value: 5"]);
    expect(printed["kswin"]).toEqual(["Change detected at index 1016, input value: 6"]);
    expect(printed["ddm"]).toEqual([
      "Warning detected at index 1084",
      "Change detected at index 1334",
      "Warning detected at index 1492",
    ]);
    expect(printed["eddm"]).toEqual(["Warning detected at index 1059", "Change detected at index 1278"]);
    expect(printed["hddm_a"]).toEqual(["Warning detected at index 451", "Change detected at index 1206"]);
    expect(printed["hddm_w"]).toEqual(["Warning detected at index 451", "Change detected at index 1077"]);
  });
});

describe("MersenneTwister draws what CPython's random.Random draws", () => {
  it.each(fixture.cpython_random.map((r) => [r.seed, r] as const))("seed %s", (seed, r) => {
    // Prepare
    const rng = new MersenneTwister(seed);
    // Act
    const words = Array.from({ length: 5 }, () => rng.getrandbits(32));
    const small = rng.sample(70, 30);
    const big = rng.sample(1000, 5);
    // Assess
    expect(words).toEqual(r.getrandbits32);
    expect(small).toEqual(r.sample70_30);
    expect(big).toEqual(r.sample1000_5);
  });
});
