import type { ReferenceCatalogue } from "./ReferenceCatalogue.js";
import {
  PHASE_TO_SP800_61R2,
  RUNBOOK_PHASE_TITLES,
  RUNBOOK_PHASES,
  type Runbook,
  type RunbookStep,
} from "./RunbookSchema.js";

function namer(catalogue: ReferenceCatalogue): (id: string) => string {
  const names = new Map<string, string>();
  for (const list of [catalogue.atlas, catalogue.atlasCaseStudies, catalogue.csf, catalogue.aiRmf]) {
    for (const e of list) names.set(e.id, e.name);
  }
  for (const e of [...catalogue.ai600Actions, ...catalogue.owasp]) names.set(e.id, e.name);
  return (id) => names.get(id) ?? "";
}

function table(headers: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map((c) => c.replaceAll("|", "\\|")).join(" | ")} |`;
  return [line(headers), line(headers.map(() => "---")), ...rows.map(line)].join("\n");
}

function renderStep(step: RunbookStep, n: number, name: (id: string) => string): string {
  const out = [`### ${n}. ${step.title}`, "", `- Step: \`${step.id}\``, `- Owner: **${step.owner}**`];
  if (step.csf.length > 0) out.push(`- CSF 2.0: ${step.csf.map((id) => `${id} (${name(id)})`).join("; ")}`);
  out.push("- Manual checks:", ...step.checks.map((c) => `  - [ ] ${c}`));
  const auto = step.automation;
  if (auto === undefined) out.push("- Automation: none; this step is manual.");
  else {
    const intro =
      auto.action === undefined
        ? "- Automation:"
        : "- Automation (a dry-run by default; add `--apply` only after the checks above):";
    out.push(intro, "", "  ```sh");
    out.push(`  ${auto.command}`, "  ```");
    if (auto.action !== undefined) {
      out.push(
        "",
        `  \`airr runbook run\` executes this step as the \`${auto.action}\` action` +
          ` (${Object.entries(auto.params)
            .map(([k, v]) => `${k}: \`${String(v)}\``)
            .join(", ")}) through the engine: guardrails, audit, verification` +
          (auto.requireApproval ? "; it waits for `airr approve`." : "."),
      );
    }
  }
  return out.join("\n");
}

/**
 * Renders a runbook as the Markdown a responder reads. Deterministic: the committed
 * `runbooks/<name>.md` must equal this output (a test holds them together).
 *
 * @example
 * writeFileSync("runbooks/secret-exposure.md", renderRunbookMarkdown(runbook, catalogue));
 */
export function renderRunbookMarkdown(runbook: Runbook, catalogue: ReferenceCatalogue): string {
  const name = namer(catalogue);
  const out: string[] = [
    `<!-- Rendered from ${runbook.name}.yaml by \`npm run runbooks\`. Edit the YAML, then re-render. -->`,
    `# Runbook: ${runbook.title}`,
    "",
    `Default severity: **${runbook.severity}**. Target (\`--target\`): ${runbook.target.kind}, ${runbook.target.description}.`,
    "",
    runbook.summary.trim(),
    "",
    "Walk the automated steps with the engine, dry-run first:",
    "",
    "```sh",
    `airr runbook show ${runbook.name}`,
    `airr runbook run ${runbook.name} --target <${runbook.target.kind}-id>${runbook.inputs.map((i) => ` --set ${i.name}=<${i.name}>`).join("")}`,
    `airr runbook run ${runbook.name} --target <${runbook.target.kind}-id>${runbook.inputs.map((i) => ` --set ${i.name}=<${i.name}>`).join("")} --apply`,
    "```",
  ];
  if (runbook.scenario !== undefined) {
    out.push("", `Rehearse it with the breach simulation: \`airr simulate ${runbook.scenario}\`.`);
  }
  if (runbook.inputs.length > 0) {
    out.push(
      "",
      "## Inputs",
      "",
      table(
        ["Name", "Meaning"],
        runbook.inputs.map((i) => [`\`${i.name}\``, i.description]),
      ),
    );
  }
  out.push("", "## When to open this runbook", "");
  out.push(
    table(
      ["airr signal", "What it means"],
      runbook.signals.map((s) => [`\`${s.signal}\``, s.meaning]),
    ),
  );
  let n = 0;
  for (const phase of RUNBOOK_PHASES) {
    out.push(
      "",
      `## ${RUNBOOK_PHASE_TITLES[phase]}`,
      "",
      `NIST SP 800-61 Rev. 2 phase: ${PHASE_TO_SP800_61R2[phase]}.`,
    );
    for (const step of runbook.phases[phase]) out.push("", renderStep(step, ++n, name));
  }
  out.push("", ...renderMappings(runbook, name));
  if (runbook.notes.length > 0) out.push("", "## Notes", "", ...runbook.notes.map((note) => `- ${note}`));
  return `${out.join("\n")}\n`;
}

function renderMappings(runbook: Runbook, name: (id: string) => string): string[] {
  const m = runbook.mappings;
  const rows = (kind: string, ids: string[]) => ids.map((id) => [kind, id, name(id)]);
  const stepCsf = RUNBOOK_PHASES.flatMap((p) => runbook.phases[p].flatMap((s) => s.csf));
  const csf = [...new Set([...m.csf, ...stepCsf])];
  return [
    "## Framework mappings",
    "",
    "Every ID below is checked against `runbooks/reference/catalogue.json` by the test suite.",
    "",
    "### MITRE ATLAS (data 5.6.0)",
    "",
    table(
      ["Kind", "ID", "Name"],
      [
        ...rows("Tactic", m.atlas.tactics),
        ...rows("Technique", m.atlas.techniques),
        ...rows("Mitigation", m.atlas.mitigations),
        ...rows("Case study", m.atlas.caseStudies),
      ],
    ),
    "",
    "### NIST SP 800-61",
    "",
    "Rev. 2 phases: " +
      RUNBOOK_PHASES.map((p) => `${RUNBOOK_PHASE_TITLES[p]} → ${PHASE_TO_SP800_61R2[p]}`).join("; ") +
      ".",
    "",
    "Rev. 3 (CSF 2.0 Community Profile) subcategories:",
    "",
    table(
      ["ID", "Outcome"],
      csf.map((id) => [id, name(id)]),
    ),
    "",
    "### NIST AI RMF 1.0 and AI 600-1",
    "",
    table(
      ["Framework", "ID", "Short text"],
      [
        ...m.aiRmf.map((id) => ["AI RMF 1.0", id, name(id)]),
        ...m.ai600.risks.map((id) => ["AI 600-1 GAI risk", id, ""]),
        ...m.ai600.actions.map((id) => ["AI 600-1 action", id, name(id)]),
      ],
    ),
    "",
    "### OWASP Top 10 for LLM Applications 2025",
    "",
    table(
      ["ID", "Name"],
      m.owasp.map((id) => [id, name(id)]),
    ),
  ];
}
