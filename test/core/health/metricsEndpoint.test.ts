import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Monitor, monitored } from "@airr/core";
import { afterEach, describe, expect, it } from "vitest";
import { registerMonitorMetrics } from "../../../core/src/prometheus.js";
import { SALT } from "./streams.js";

let close: (() => void) | undefined;
afterEach(() => close?.());

describe("embedding the monitor in an app (README example)", () => {
  it("serves /metrics that reflect the predictions the app made", async () => {
    // Prepare: an app with a monitored model and a /metrics route.
    const monitor = new Monitor({ model: "fraud-v7", salt: SALT }, { now: () => Date.parse("2026-06-01T00:00:00Z") });
    const classify = monitored(
      (tx: { amount: number }) => ({ prediction: tx.amount > 100 ? "fraud" : "legit", confidence: 0.8 }),
      {
        monitor,
      },
    );
    const registry = registerMonitorMetrics([monitor], { cacheMs: 0 });
    const server = createServer(async (req, res) => {
      if (req.url === "/metrics") {
        res.setHeader("content-type", registry.contentType);
        res.end(await registry.metrics());
        return;
      }
      res.statusCode = 404;
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    close = () => server.close();
    const { port } = server.address() as AddressInfo;

    // Act
    await classify({ amount: 500 });
    await classify({ amount: 5 });
    const res = await fetch(`http://127.0.0.1:${port}/metrics`);
    const body = await res.text();

    // Assess
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/plain");
    expect(body).toContain('airr_predictions_total{model="fraud-v7"} 2');
    expect(body).toContain('airr_class_predictions_total{model="fraud-v7",class="fraud"} 1');
    expect(body).toContain("# TYPE airr_prediction_latency_seconds summary");
  });
});
