import type { ReferenceCatalogue } from "./ReferenceCatalogue.js";
import { RUNBOOK_PHASES, type Runbook } from "./RunbookSchema.js";

/** One cited ID the catalogue does not have, or has under another kind. */
export interface UnknownReference {
  framework: string;
  id: string;
  where: string;
}

/**
 * Every framework ID a runbook cites that the carried catalogue does not contain (or contains
 * as another kind, e.g. a tactic listed as a technique). Empty means every citation is real.
 *
 * @example
 * const unknown = checkRunbookReferences(runbook, catalogue);
 * if (unknown.length > 0) console.error(unknown);
 */
export function checkRunbookReferences(runbook: Runbook, catalogue: ReferenceCatalogue): UnknownReference[] {
  const kinds = new Map(catalogue.atlas.map((e) => [e.id, e.kind]));
  const has = (list: readonly { id: string }[]) => new Set(list.map((e) => e.id));
  const csf = has(catalogue.csf);
  const unknown: UnknownReference[] = [];
  const check = (framework: string, ids: readonly string[], valid: (id: string) => boolean, where: string) => {
    for (const id of ids) if (!valid(id)) unknown.push({ framework, id, where });
  };
  const { atlas } = runbook.mappings;
  const isTechnique = (id: string) => kinds.get(id) === "technique" || kinds.get(id) === "subtechnique";
  check("ATLAS technique", atlas.techniques, isTechnique, "mappings.atlas.techniques");
  check("ATLAS tactic", atlas.tactics, (id) => kinds.get(id) === "tactic", "mappings.atlas.tactics");
  check("ATLAS mitigation", atlas.mitigations, (id) => kinds.get(id) === "mitigation", "mappings.atlas.mitigations");
  const caseStudies = has(catalogue.atlasCaseStudies);
  check("ATLAS case study", atlas.caseStudies, (id) => caseStudies.has(id), "mappings.atlas.caseStudies");
  check("CSF 2.0", runbook.mappings.csf, (id) => csf.has(id), "mappings.csf");
  const rmf = has(catalogue.aiRmf);
  check("AI RMF", runbook.mappings.aiRmf, (id) => rmf.has(id), "mappings.aiRmf");
  const risks = has(catalogue.ai600Risks);
  check("AI 600-1 risk", runbook.mappings.ai600.risks, (id) => risks.has(id), "mappings.ai600.risks");
  const actions = has(catalogue.ai600Actions);
  check("AI 600-1 action", runbook.mappings.ai600.actions, (id) => actions.has(id), "mappings.ai600.actions");
  const owasp = has(catalogue.owasp);
  check("OWASP LLM 2025", runbook.mappings.owasp, (id) => owasp.has(id), "mappings.owasp");
  for (const phase of RUNBOOK_PHASES) {
    for (const step of runbook.phases[phase]) {
      check("CSF 2.0", step.csf, (id) => csf.has(id), `phases.${phase}.${step.id}.csf`);
    }
  }
  return unknown;
}
