export { chartJsSource } from "./chartJsSource.js";
export { formatTimeline } from "./formatTimeline.js";
export { renderIncidentReport } from "./renderIncidentReport.js";
export {
  ALERT_DELIVERY_SECONDS,
  ALERT_EVALUATION_SECONDS,
  type RunScenarioOptions,
  runScenario,
  SIMULATION_START,
} from "./runScenario.js";
export type { Scenario, ScenarioAlert, ScenarioContext } from "./Scenario.js";
export type {
  DetectorInfo,
  EndStateCheck,
  ScenarioResult,
  SignalPoint,
  TimelineEntry,
  TimelinePhase,
} from "./ScenarioResult.js";
export { SeededRandom } from "./SeededRandom.js";
export { SimClock } from "./SimClock.js";
export { scenarios } from "./scenarios.js";
