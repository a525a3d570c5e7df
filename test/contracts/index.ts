export { type DataStoreSeed, dataStoreContract } from "./dataStoreContract.js";
export { type EncryptionSeed, encryptionContract } from "./encryptionContract.js";
export { type ModelEndpointsSeed, modelEndpointsContract } from "./modelEndpointsContract.js";
export { type NotifierSeed, notifierContract } from "./notifierContract.js";
export { promptBlocklistContract } from "./promptBlocklistContract.js";
export { at, type ProviderFactory, requirePort, T0 } from "./providerFactory.js";
export { type SecretsSeed, secretsContract } from "./secretsContract.js";
export { stateStoreContract } from "./stateStoreContract.js";
