export { ResponseMetrics, type ResponseMetricsState, type SignalGauge } from "./ResponseMetrics.js";
