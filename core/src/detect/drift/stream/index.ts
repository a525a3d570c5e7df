export { ADWIN, type AdwinOptions, AdwinOptionsSchema } from "./ADWIN.js";
export { DDM, type DdmOptions, DdmOptionsSchema } from "./DDM.js";
export {
  type DriftAndWarningDetector,
  type DriftDetector,
  hasWarning,
  type StreamDetectorName,
  type StreamDetectorState,
} from "./DriftDetector.js";
export { EDDM, type EddmOptions, EddmOptionsSchema } from "./EDDM.js";
export { StreamDriftError, type StreamDriftErrorCode } from "./errors.js";
export { HDDM_A, type HddmAOptions, HddmAOptionsSchema } from "./HDDM_A.js";
export { HDDM_W, type HddmWOptions, HddmWOptionsSchema } from "./HDDM_W.js";
export { KSWIN, type KswinOptions, KswinOptionsSchema } from "./KSWIN.js";
export { ksTwoSampleEqualSize } from "./ksTwoSample.js";
export { MersenneTwister } from "./MersenneTwister.js";
export { NoDrift } from "./NoDrift.js";
export { PageHinkley, type PageHinkleyOptions, PageHinkleyOptionsSchema } from "./PageHinkley.js";
export { toCamelCase, toSnakeCase } from "./parseParams.js";
export { restoreStreamDetector, type StreamDetectorFactory, streamDetectors } from "./streamDetectors.js";
export { toConceptSignal } from "./toConceptSignal.js";
