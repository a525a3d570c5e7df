export { type ClassifierDriftOptions, classifierDrift } from "./classifierDrift.js";
export { type EmbeddingDriftResult, type EmbeddingMethodName, toEmbeddingSignal } from "./EmbeddingDriftResult.js";
export { type Embeddings, toEmbeddings } from "./Embeddings.js";
export {
  detectEmbeddingDrift,
  type EmbeddingDriftOptions,
  type EmbeddingMethod,
  embeddingMethods,
} from "./embeddingMethods.js";
export { EmbeddingDriftError, type EmbeddingDriftErrorCode } from "./errors.js";
export { mmdPermutationTest } from "./kernelMmd.js";
export { type BootstrapOptions, cosineDrift, euclideanDrift } from "./meanDistanceDrift.js";
export { type MmdOptions, mmdAlibiDrift } from "./mmdAlibiDrift.js";
export { type MmdEvidentlyOptions, mmdEvidentlyDrift } from "./mmdEvidentlyDrift.js";
export { NumpyRandomState } from "./NumpyRandomState.js";
export { npPercentile } from "./npPercentile.js";
export { ratioDrift, wassersteinDistance } from "./ratioDrift.js";
export { rocAuc } from "./rocAuc.js";
