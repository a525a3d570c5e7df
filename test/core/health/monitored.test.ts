import { Monitor, monitored } from "@airr/core";
import { describe, expect, it } from "vitest";
import { SALT } from "./streams.js";

const make = () => new Monitor({ model: "m", salt: SALT }, { now: () => 0 });

/** A monotonic clock that advances by `step` ms per read. */
const ticking = (step: number) => {
  let t = 1000;
  return () => {
    t += step;
    return t;
  };
};

describe("monitored()", () => {
  it("logs prediction, confidence and latency from the injected monotonic clock", async () => {
    const monitor = make();
    const predict = monitored(async (x: number) => ({ prediction: x > 0 ? "pos" : "neg", confidence: 0.8, extra: x }), {
      monitor,
      clock: ticking(25),
    });

    const out = await predict(3);
    const snap = monitor.snapshot();

    expect(out).toEqual({ prediction: "pos", confidence: 0.8, extra: 3 });
    expect(snap.counts.predictions).toBe(1);
    expect(snap.latency.mean).toBe(25);
    expect(snap.classes).toEqual({ pos: 1 });
  });

  it("wraps objects with predict() and synchronous functions, and keys feedback by the given id", async () => {
    const monitor = make();
    const model = {
      bias: 0.5,
      predict(x: { id: string }) {
        return { prediction: x.id, confidence: this.bias };
      },
    };
    const predict = monitored(model, { monitor, id: (x) => x.id, clock: ticking(1) });

    await predict({ id: "r1" });

    expect(monitor.logFeedback("r1", "r1")).toEqual({ accepted: true, id: "r1" });
  });

  it("rethrows the model's error unchanged and counts it", async () => {
    const monitor = make();
    const failure = new TypeError("model exploded");
    const predict = monitored(
      async () => {
        throw failure;
      },
      { monitor },
    );

    const thrown = await predict("x").catch((e: unknown) => e);

    expect(thrown).toBe(failure);
    expect(monitor.snapshot().counts.errors).toBe(1);
    expect(monitor.snapshot().errors).toEqual({ TypeError: 1 });
  });

  it("never lets a monitor failure break a prediction", async () => {
    const monitor = make();
    const broken = new Error("monitor down");
    monitor.logPrediction = () => {
      throw broken;
    };
    monitor.logError = () => {
      throw broken;
    };
    const seen: unknown[] = [];
    const ok = monitored(async () => ({ prediction: "a", confidence: 0.9 }), {
      monitor,
      onMonitorError: (e) => seen.push(e),
    });
    const failing = monitored(
      async () => {
        throw new RangeError("model");
      },
      {
        monitor,
        onMonitorError: () => {
          throw new Error("handler also broken");
        },
      },
    );

    const out = await ok("x");
    const thrown = await failing("x").catch((e: unknown) => e);

    expect(out).toEqual({ prediction: "a", confidence: 0.9 });
    expect(seen).toEqual([broken]);
    expect(thrown).toBeInstanceOf(RangeError);
  });

  it("counts a model output with invalid confidence as rejected, and still returns it", async () => {
    const monitor = make();
    const predict = monitored(() => ({ prediction: "a", confidence: 7 }), { monitor });

    const out = await predict("x");

    expect(out.confidence).toBe(7);
    expect(monitor.snapshot().rejected).toEqual({ "confidence-out-of-range": 1 });
  });
});
