import {
  type DriftDetector,
  hasWarning,
  restoreStreamDetector,
  type StreamDetectorName,
  StreamDriftError,
  streamDetectors,
} from "@airr/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const binary: StreamDetectorName[] = ["ddm", "eddm", "hddm_a", "hddm_w"];

const configs: [StreamDetectorName, Record<string, unknown>][] = [
  ["adwin", { clock: 4, delta: 0.05 }],
  ["page_hinkley", { minInstances: 10, threshold: 5 }],
  ["kswin", { windowSize: 30, statSize: 10, alpha: 0.05, seed: 3 }],
  ["kswin", { windowSize: 20, statSize: 5, alpha: 0.1, seed: 8, window: [0.1, 0.2, 0.3, 0.4, 0.5, 0.6] }],
  ["ddm", { warmStart: 10 }],
  ["eddm", { warmStart: 5 }],
  ["hddm_a", { twoSidedTest: true }],
  ["hddm_w", { twoSidedTest: true, lambdaVal: 0.2 }],
  ["no_drift", {}],
];

function trace(d: DriftDetector, xs: number[]): string[] {
  return xs.map((x) => {
    d.update(x);
    return `${d.driftDetected ? "D" : "-"}${hasWarning(d) && d.warningDetected ? "W" : "-"}`;
  });
}

/** A stream with a shift in the middle, so detectors actually fire and reset. */
const streamFor = (name: StreamDetectorName) =>
  binary.includes(name)
    ? fc
        .tuple(fc.array(fc.boolean(), { minLength: 50, maxLength: 300 }), fc.array(fc.constant(1), { maxLength: 100 }))
        .map(([a, b]) => [...a.map((v) => (v ? 1 : 0)), ...b])
    : fc
        .tuple(
          fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 50, maxLength: 300 }),
          fc.array(fc.double({ min: 3, max: 6, noNaN: true }), { maxLength: 150 }),
        )
        .map(([a, b]) => [...a, ...b]);

describe("a detector saved with toJSON and restored with fromJSON resumes exactly", () => {
  it.each(configs)("%s", (name, options) => {
    fc.assert(
      fc.property(streamFor(name), fc.nat(), (xs, cutAt) => {
        // Prepare
        const cut = cutAt % (xs.length + 1);
        const uninterrupted = streamDetectors.get(name).create(options);
        const first = streamDetectors.get(name).create(options);
        // Act: run to the cut, save through JSON text, resume in a new detector.
        const expected = trace(uninterrupted, xs);
        const before = trace(first, xs.slice(0, cut));
        const resumed = restoreStreamDetector(JSON.parse(JSON.stringify(first.toJSON())));
        const after = trace(resumed, xs.slice(cut));
        // Assess
        expect([...before, ...after]).toEqual(expected);
        expect(JSON.stringify(resumed.toJSON())).toEqual(JSON.stringify(uninterrupted.toJSON()));
      }),
      { numRuns: 40, seed: 42 },
    );
  });

  it("rejects a state that is not a detector's", () => {
    expect(() => restoreStreamDetector({ detector: "adwin", params: {}, state: { drift: "yes" } })).toThrow(
      StreamDriftError,
    );
    expect(() => restoreStreamDetector({ detector: "nope", params: {}, state: {} })).toThrow(
      /unknown stream drift detector/,
    );
    expect(() => restoreStreamDetector("adwin")).toThrow(StreamDriftError);
  });
});
