import type { Provider } from "@airr/core";
import { DEMO_WORLD, type LocalCloud } from "@airr/local";
import {
  dataStoreContract,
  encryptionContract,
  modelEndpointsContract,
  notifierContract,
  promptBlocklistContract,
  secretsContract,
  stateStoreContract,
} from "../contracts/index.js";
import { tempClouds } from "./tempCloud.js";

// Every port contract over the local cloud, on a freshly seeded demo world per test.
const clouds = tempClouds();
const make = (): Promise<Provider> => clouds.make();
const local = (provider: Provider) => provider as LocalCloud;

modelEndpointsContract(make, {
  endpointId: "fraud-detector",
  invoke: (p, id) => local(p).invoke(id),
});
secretsContract(make, { secretId: "llm-api-key", readValue: (p, id) => local(p).readSecretValue(id) });
promptBlocklistContract(make);
encryptionContract(make, { resourceId: "fraud-detector", kmsKeyId: DEMO_WORLD.kmsKeys[0] });
encryptionContract(make, { resourceId: "training-data", kmsKeyId: DEMO_WORLD.kmsKeys[0] });
dataStoreContract(make, {
  store: "training-data",
  prefix: "conversations/",
  objects: {
    list: (p, store) => local(p).listObjects(store),
    read: (p, store, key) => local(p).readObject(store, key),
  },
});
notifierContract(make, { delivered: (p) => local(p).notifier.read() });
stateStoreContract(make);
