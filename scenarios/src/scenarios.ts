import { Registry } from "@airr/core";
import type { Scenario } from "./Scenario.js";
import { compromisedWeights } from "./scenarios/compromisedWeights.js";
import { driftHarmfulOutput } from "./scenarios/driftHarmfulOutput.js";

/** Every breach simulation by name; an unknown name is an `UnknownKeyError` listing the valid ones. */
export const scenarios = new Registry<Scenario>("scenario");
for (const scenario of [driftHarmfulOutput, compromisedWeights]) scenarios.register(scenario.name, scenario);
