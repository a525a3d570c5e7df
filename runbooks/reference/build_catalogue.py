#!/usr/bin/env python3
"""Builds runbooks/reference/catalogue.json, the framework IDs the runbooks may cite.

Inputs (the project's shared reference, read-only):
  atlas-catalogue.json  MITRE ATLAS data 5.6.0 (mitre-atlas/atlas-data dist/ATLAS.yaml, commit 8ee2c68)
  frameworks.md         NIST SP 800-61 Rev. 2/3, CSF 2.0, AI RMF 1.0, AI 600-1, OWASP LLM Top 10 2025 tables

Usage: python3 runbooks/reference/build_catalogue.py [REFERENCE_DIR]   (default ../shared/reference)
Only IDs and short names are carried; the framework texts are not reproduced.
"""
import json
import re
import sys
from pathlib import Path

here = Path(__file__).resolve().parent
src = Path(sys.argv[1]) if len(sys.argv) > 1 else here.parents[2] / "shared" / "reference"
atlas = json.loads((src / "atlas-catalogue.json").read_text())
md = (src / "frameworks.md").read_text()


def table_after(heading):
    """Rows (lists of cells) of the first Markdown table after a heading line."""
    lines = md.splitlines()
    start = next(i for i, l in enumerate(lines) if l.strip() == heading)
    rows, in_table = [], False
    for line in lines[start + 1:]:
        if line.startswith("|"):
            in_table = True
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if not all(re.fullmatch(r"-+", c) for c in cells):
                rows.append(cells)
        elif in_table:
            break
    return rows[1:]  # drop the header row


csf = [{"id": r[0], "name": r[1]} for r in table_after("The incident-response subcategories, shortened:")]
ai_rmf = []
for r in table_after("## NIST AI RMF 1.0 (AI 100-1)"):
    if r[0].startswith("MAP 4.1 / 4.2"):
        ai_rmf += [{"id": "MAP 4.1", "name": r[1]}, {"id": "MAP 4.2", "name": r[1]}]
    else:
        ai_rmf.append({"id": r[0], "name": r[1]})
ai600_risks = [{"id": re.sub(r" \(.*\)$", "", r[1]), "section": r[0]} for r in table_after("## NIST AI 600-1: Generative AI Profile (July 2024)")]
ai600_actions = [{"id": r[0], "name": r[1]} for r in table_after(
    "The numbering below is from the **final** July 2024 text. The draft numbered the MANAGE 4.3 actions differently, so do not reuse IDs from the draft.")]
owasp = [{"id": r[0], "name": r[1]} for r in table_after("## OWASP Top 10 for LLM Applications 2025")]
sp800_61r2 = ["Preparation", "Detection and Analysis", "Containment, Eradication, and Recovery", "Post-Incident Activity"]

catalogue = {
    "provenance": {
        "builtBy": "runbooks/reference/build_catalogue.py",
        "atlas": atlas["atlas"],
        "frameworks": "frameworks.md (project reference): NIST SP 800-61 Rev. 3 (April 2025) and Rev. 2 (August 2012); "
        "NIST CSF 2.0 (CSWP 29, February 2024); NIST AI RMF 1.0 (AI 100-1, January 2023); NIST AI 600-1 (July 2024); "
        "OWASP Top 10 for LLM Applications 2025 (OWASP/www-project-top-10-for-large-language-model-applications, "
        "2_0_vulns, commit 020595761a4b7b0c3f9cf01a0457b78f9f1e7f9c). CSF entries are the incident-response "
        "subcategories listed there; names are shortened paraphrases, not the official text.",
    },
    "atlas": [{k: e[k] for k in ("id", "name", "kind")} for e in atlas["entries"]],
    "atlasCaseStudies": [{"id": c["id"], "name": c["name"]} for c in atlas["caseStudies"]],
    "csf": csf,
    "aiRmf": ai_rmf,
    "ai600Risks": ai600_risks,
    "ai600Actions": ai600_actions,
    "owasp": owasp,
    "sp800_61r2": sp800_61r2,
}
(here / "catalogue.json").write_text(json.dumps(catalogue, indent=1, ensure_ascii=False) + "\n")
print({k: len(v) for k, v in catalogue.items() if isinstance(v, list)})
