// A separate entry (`@airr/core/prometheus`) so that only apps exporting Prometheus metrics load prom-client.
export { type ResponseMetricsOptions, registerResponseMetrics } from "./metrics/registerResponseMetrics.js";
