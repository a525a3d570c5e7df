// A separate entry (`@airr/core/prometheus`) so that only apps exporting Prometheus metrics load prom-client.
export { type MonitorMetricsOptions, registerMonitorMetrics } from "./detect/health/prometheusMetrics.js";
export { type ResponseMetricsOptions, registerResponseMetrics } from "./metrics/registerResponseMetrics.js";
