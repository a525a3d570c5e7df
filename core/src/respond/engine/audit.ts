import type { Provider } from "../../ports/Provider.js";
import type { AuditEntry, PlannedAction } from "../incident.js";
import { redact } from "./redact.js";

/** Appends one audit entry (detail redacted). Write-ahead: `intent` before acting, `outcome` after. */
export async function audit(
  provider: Provider,
  entry: Omit<AuditEntry, "detail"> & { detail: Record<string, unknown> },
): Promise<void> {
  await provider.state.appendAudit({ ...entry, detail: redact(entry.detail) as Record<string, unknown> });
}

/**
 * Tells humans that a change did not verify (or failed half-way). Returns what happened, for the
 * decision's reason; never throws, because the failure it reports matters more.
 */
export async function escalate(
  provider: Provider,
  incidentId: string,
  planned: PlannedAction,
  detail: string,
  now: string,
  what = "did not verify",
): Promise<string> {
  let note: string;
  try {
    if (!provider.notifier) throw new Error(`the ${provider.cloud} provider has no notifier`);
    const { messageId } = await provider.notifier.send({
      subject: `airr: ${planned.action} on ${planned.target} ${what}`,
      text: `Incident ${incidentId}: ${planned.action} on ${planned.target} (policy ${planned.policy}) failed: ${detail}. A human must check the target.`,
      severity: "critical",
      incidentId,
    });
    note = `escalated (message ${messageId})`;
  } catch (error) {
    note = `escalation failed: ${(error as Error).message}`;
  }
  await audit(provider, {
    at: now,
    incidentId,
    phase: "note",
    actionKey: planned.key,
    event: "escalated",
    detail: { note },
  }).catch(() => {});
  return note;
}
