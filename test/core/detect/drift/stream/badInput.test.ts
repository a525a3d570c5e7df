import { ADWIN, DDM, EDDM, KSWIN, PageHinkley, StreamDriftError, streamDetectors } from "@airr/core";
import { describe, expect, it } from "vitest";

function errorOf(fn: () => unknown): StreamDriftError {
  try {
    fn();
  } catch (error) {
    if (error instanceof StreamDriftError) return error;
    throw error;
  }
  throw new Error("expected a StreamDriftError");
}

describe("bad input to streaming detectors", () => {
  it.each([
    ["delta <= 0", () => new ADWIN({ delta: 0 }), "delta"],
    ["clock 0", () => new ADWIN({ clock: 0 }), "clock"],
    ["unknown mode", () => new PageHinkley({ mode: "sideways" as "up" }), "mode"],
    ["stat_size too big", () => new KSWIN({ windowSize: 50, statSize: 30 }), "stat_size"],
    ["alpha < beta", () => new EDDM({ alpha: 0.5, beta: 0.9 }), "alpha"],
    ["unknown parameter", () => new DDM({ warm: 3 } as never), "warm"],
  ])("%s names the parameter", (_label, make, param) => {
    // Act
    const error = errorOf(make);
    // Assess
    expect(error.code).toBe("InvalidParameter");
    expect(error.where).toBe(param);
    expect(error.message).toContain(param);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, "1" as unknown as number])("rejects the value %s", (x) => {
    const error = errorOf(() => new ADWIN().update(x));
    expect(error.code).toBe("InvalidInput");
  });

  it("lists the valid detectors for an unknown name", () => {
    let hint: string | undefined;
    try {
      streamDetectors.get("cusum");
    } catch (error) {
      hint = (error as StreamDriftError).hint;
    }
    expect(hint).toBe("valid stream drift detectors: adwin, ddm, eddm, hddm_a, hddm_w, kswin, no_drift, page_hinkley");
  });
});

describe("toConceptSignal", () => {
  it("reports drift, warning and parameters", async () => {
    const { toConceptSignal } = await import("@airr/core");
    const ddm = new DDM({ warmStart: 2 });
    for (const x of [0, 0, 0, 0, 0, 0, 1, 1, 1, 1]) ddm.update(x);
    const signal = toConceptSignal(ddm, "ddm:errors");
    expect(signal).toMatchObject({
      kind: "drift.concept",
      name: "ddm:errors",
      threshold: 1,
      detected: ddm.driftDetected,
    });
    expect(signal.score).toBe(ddm.driftDetected ? 1 : ddm.warningDetected ? 0.5 : 0);
    expect(signal.evidence["params"]).toEqual({ warmStart: 2, warningThreshold: 2, driftThreshold: 3 });
  });
});
