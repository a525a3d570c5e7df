import { LatencySketch } from "@airr/core";
import { describe, expect, it } from "vitest";
import { latencies, seeded } from "./streams.js";

// The same definition DDSketch targets: the value at rank q * (n - 1) of the sorted data.
const exactQuantile = (sorted: number[], q: number): number =>
  sorted[Math.floor(q * (sorted.length - 1))] ?? Number.NaN;

describe("LatencySketch (DDSketch, 1% relative accuracy)", () => {
  it.each([0.5, 0.9, 0.95, 0.99, 0.999])("quantile %s is within 1%% of the exact quantile", (q) => {
    const data = latencies(seeded(11), 50_000, 80);
    const sketch = new LatencySketch(0.01);

    for (const x of data) sketch.add(x);
    const sorted = [...data].sort((a, b) => a - b);

    const exact = exactQuantile(sorted, q);
    expect(Math.abs(sketch.quantile(q) - exact) / exact).toBeLessThanOrEqual(0.01);
  });

  it("keeps a bounded number of bins over the whole accepted range, in any arrival order", () => {
    const sketch = new LatencySketch(0.01);
    const values: number[] = [];
    for (let e = -4; e <= 9; e += 0.0005) values.push(10 ** e);

    for (const x of values) sketch.add(x); // increasing, the way latencies degrade

    expect(sketch.toJSON().bins.length).toBeLessThanOrEqual(1400);
    const sorted = values.map((x) => (x < 1e-3 ? 0 : x));
    for (const q of [0.5, 0.95, 0.99]) {
      const exact = exactQuantile(sorted, q);
      expect(Math.abs(sketch.quantile(q) - exact) / exact).toBeLessThanOrEqual(0.01);
    }
  });

  it("counts zero latencies and survives a JSON round trip", () => {
    const sketch = new LatencySketch();
    for (const x of [0, 0, 5, 10, 20]) sketch.add(x);

    const restored = LatencySketch.fromJSON(JSON.parse(JSON.stringify(sketch.toJSON())));

    expect(restored.toJSON()).toEqual(sketch.toJSON());
    expect(restored.quantile(0.25)).toBe(0);
    expect(restored.quantile(1)).toBeCloseTo(20, 0);
  });
});
