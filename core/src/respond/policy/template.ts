import type { Alert } from "../alert.js";

/** Alert fields a template may read, besides `alert.labels.<key>`. */
export const TEMPLATE_FIELDS = [
  "cloud",
  "kind",
  "alertName",
  "alertId",
  "state",
  "severity",
  "resourceId",
  "metricName",
  "firedAt",
  "resolvedAt",
] as const;

/** Filters after a pipe: `${alert.resourceId | basename}` turns an ARN or path into its last part. */
const FILTERS: Record<string, (value: string) => string> = {
  basename: (value) => value.split(/[/:]/).pop() ?? value,
  lower: (value) => value.toLowerCase(),
  upper: (value) => value.toUpperCase(),
};

const EXPRESSION = /\$\{([^}]*)\}/g;

/** Thrown while rendering when a variable has no value for this alert (e.g. a missing label). */
export class TemplateValueMissing extends Error {
  constructor(readonly expression: string) {
    super(`\${${expression}} has no value for this alert`);
  }
}

interface Parsed {
  variable: string;
  filters: string[];
}

function parseExpression(expression: string): Parsed {
  const [variable = "", ...filters] = expression.split("|").map((part) => part.trim());
  return { variable, filters };
}

/**
 * Problems with the `${...}` expressions in one string (empty when it is fine). Validation runs
 * this at load time so that a typo such as `${alert.resourceID}` fails before any alert arrives.
 *
 * @example
 * templateProblems("${alert.resourceId}"); // []
 * templateProblems("${alert.resourceID}"); // ['unknown template variable "alert.resourceID"']
 */
export function templateProblems(text: string): string[] {
  const problems: string[] = [];
  for (const [, expression = ""] of text.matchAll(EXPRESSION)) {
    const { variable, filters } = parseExpression(expression);
    const known =
      variable === "policy.name" ||
      (variable.startsWith("alert.labels.") && variable.length > "alert.labels.".length) ||
      (variable.startsWith("alert.") && (TEMPLATE_FIELDS as readonly string[]).includes(variable.slice(6)));
    if (!known) problems.push(`unknown template variable "${variable}"`);
    for (const filter of filters) {
      if (!(filter in FILTERS)) problems.push(`unknown template filter "${filter}"`);
    }
  }
  return problems;
}

/** True when the string contains at least one `${...}` expression. */
export function isTemplated(text: string): boolean {
  return text.includes("${");
}

function lookup(variable: string, alert: Alert, policyName: string): string | null {
  if (variable === "policy.name") return policyName;
  if (variable.startsWith("alert.labels.")) return alert.labels[variable.slice("alert.labels.".length)] ?? null;
  const value = (alert as Record<string, unknown>)[variable.slice(6)];
  return typeof value === "string" ? value : null;
}

/**
 * Renders one string; throws `TemplateValueMissing` when a variable is null for this alert.
 *
 * @example
 * renderTemplate("${alert.resourceId | basename}", alert, "my-policy"); // "fraud-detector"
 */
export function renderTemplate(text: string, alert: Alert, policyName: string): string {
  return text.replace(EXPRESSION, (_whole, expression: string) => {
    const { variable, filters } = parseExpression(expression);
    const value = lookup(variable, alert, policyName);
    if (value === null || value === "") throw new TemplateValueMissing(expression.trim());
    return filters.reduce((acc, name) => (FILTERS[name] ?? ((v: string) => v))(acc), value);
  });
}

/** Renders every string inside a parameter object (deeply); other values pass through. */
export function renderParams(value: unknown, alert: Alert, policyName: string): unknown {
  if (typeof value === "string") return renderTemplate(value, alert, policyName);
  if (Array.isArray(value)) return value.map((item) => renderParams(item, alert, policyName));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, renderParams(item, alert, policyName)]));
  }
  return value;
}
