import { Registry } from "@airr/core";
import type { Scenario } from "./Scenario.js";
import { compromisedWeights } from "./scenarios/compromisedWeights.js";
import { costHarvesting } from "./scenarios/costHarvesting.js";
import { dataLeakage } from "./scenarios/dataLeakage.js";
import { driftHarmfulOutput } from "./scenarios/driftHarmfulOutput.js";
import { promptInjectionTakeover } from "./scenarios/promptInjectionTakeover.js";

/** Every breach simulation by name; an unknown name is an `UnknownKeyError` listing the valid ones. */
export const scenarios = new Registry<Scenario>("scenario");
for (const scenario of [promptInjectionTakeover, dataLeakage, driftHarmfulOutput, compromisedWeights, costHarvesting])
  scenarios.register(scenario.name, scenario);
