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
export { cosineDrift, euclideanDrift } from "./meanDistanceDrift.js";
export { type MmdOptions, mmdAlibiDrift, mmdEvidentlyDrift } from "./mmdDrift.js";
export { ratioDrift, wassersteinDistance } from "./ratioDrift.js";
export { rocAuc } from "./rocAuc.js";
