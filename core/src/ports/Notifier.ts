import type { Severity } from "../respond/alert.js";

export interface Notification {
  subject: string;
  /** Human-readable body. Must never contain a secret value. */
  text: string;
  severity: Severity | null;
  incidentId: string | null;
  /** Machine-readable details (the incident as JSON). */
  data?: Record<string, unknown>;
}

/** Tells humans (SNS, Action Group / email, Pub/Sub / Chat, a local outbox). */
export interface Notifier {
  /** Resolves to the transport's message id. */
  send(message: Notification): Promise<{ messageId: string }>;
}
