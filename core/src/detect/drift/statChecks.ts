import { Registry } from "../../registry.js";
import { andersonCheck } from "./checks/anderson.js";
import { chiSquareCheck } from "./checks/chiSquare.js";
import { cramerVonMisesCheck } from "./checks/cramerVonMises.js";
import { empiricalMmdCheck } from "./checks/empiricalMmd.js";
import { energyDistanceCheck } from "./checks/energyDistance.js";
import { eppsSingletonCheck } from "./checks/eppsSingleton.js";
import { fisherExactCheck } from "./checks/fisherExact.js";
import { gTestCheck } from "./checks/gTest.js";
import { hellingerCheck } from "./checks/hellinger.js";
import { jensenShannonCheck } from "./checks/jensenShannon.js";
import { klDivCheck } from "./checks/klDiv.js";
import { ksCheck } from "./checks/ks.js";
import { mannWhitneyCheck } from "./checks/mannWhitney.js";
import { psiCheck } from "./checks/psi.js";
import { tTestCheck } from "./checks/tTest.js";
import { tvdCheck } from "./checks/tvd.js";
import { wassersteinCheck } from "./checks/wasserstein.js";
import { zCheck } from "./checks/z.js";
import type { ColumnType, StatCheck } from "./types.js";

/**
 * Every stat check, under Evidently's names. `statChecks.get("nope")` throws an
 * `UnknownKeyError` listing the valid names.
 *
 * @example
 * const check = statChecks.get("wasserstein");
 * check.run(ref, cur, "num", check.defaultThreshold).drift;
 */
export const statChecks = new Registry<StatCheck>("stat check");
for (const check of [
  ksCheck,
  wassersteinCheck,
  jensenShannonCheck,
  psiCheck,
  klDivCheck,
  hellingerCheck,
  andersonCheck,
  cramerVonMisesCheck,
  energyDistanceCheck,
  tTestCheck,
  mannWhitneyCheck,
  eppsSingletonCheck,
  empiricalMmdCheck,
  chiSquareCheck,
  zCheck,
  gTestCheck,
  fisherExactCheck,
  tvdCheck,
]) {
  statChecks.register(check.name, check);
}

/**
 * Names of the checks Evidently allows for a column type, in registry order.
 *
 * @example
 * checksFor("cat"); // ["jensenshannon", "psi", "kl_div", "hellinger", "chisquare", "z", ...]
 */
export function checksFor(type: ColumnType): string[] {
  return statChecks
    .entries()
    .filter(([, check]) => check.types.includes(type))
    .map(([name]) => name);
}
