import { z } from "zod";

const Named = z.object({ id: z.string().min(1), name: z.string().min(1) }).passthrough();

/**
 * The framework IDs a runbook may cite (`runbooks/reference/catalogue.json`, built from the
 * project's MITRE ATLAS data and framework tables by `build_catalogue.py`, with provenance).
 *
 * @example
 * const catalogue = ReferenceCatalogueSchema.parse(JSON.parse(text));
 */
export const ReferenceCatalogueSchema = z
  .object({
    provenance: z.record(z.string(), z.unknown()),
    atlas: z.array(Named.extend({ kind: z.enum(["tactic", "technique", "subtechnique", "mitigation"]) })).min(1),
    atlasCaseStudies: z.array(Named).min(1),
    csf: z.array(Named).min(1),
    aiRmf: z.array(Named).min(1),
    ai600Risks: z.array(z.object({ id: z.string().min(1), section: z.string().min(1) })).min(1),
    ai600Actions: z.array(Named).min(1),
    owasp: z.array(Named).min(1),
    sp800_61r2: z.array(z.string().min(1)).length(4),
  })
  .strict();

export type ReferenceCatalogue = z.infer<typeof ReferenceCatalogueSchema>;
