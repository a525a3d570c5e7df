import { randomUUID } from "node:crypto";
import type { Notification, Notifier } from "@airr/core";
import { checkInput } from "./checkInput.js";
import type { StateDir } from "./StateDir.js";
import { OUTBOX_FILE, type OutboxEntry, OutboxEntrySchema } from "./worldSchemas.js";

/** Replaces every occurrence of a known secret value (base64url, so JSON never escapes it) in JSON text. */
function mask(text: string, secrets: readonly string[]): string {
  return secrets.reduce((out, secret) => out.split(secret).join("[REDACTED]"), text);
}

/**
 * Notifications appended to `outbox.jsonl`, one message a line. As a last line of defence it
 * masks any stored secret value a message carries (and marks it `redacted`), because the outbox
 * is read by humans and copied into tickets.
 */
export class LocalNotifier implements Notifier {
  constructor(
    private readonly dir: StateDir,
    private readonly secretValues: () => Promise<string[]>,
  ) {}

  send(message: Notification): Promise<{ messageId: string }> {
    return this.dir.withLock(async () => {
      const secrets = (await this.secretValues()).filter((s) => s.length > 0);
      const raw = JSON.stringify({ subject: message.subject, text: message.text, data: message.data });
      const masked = mask(raw, secrets);
      const clean = JSON.parse(masked) as Pick<Notification, "subject" | "text" | "data">;
      const entry: OutboxEntry = checkInput("notification", OutboxEntrySchema, {
        messageId: randomUUID(),
        at: this.dir.now(),
        subject: clean.subject,
        text: clean.text,
        severity: message.severity,
        incidentId: message.incidentId,
        ...(clean.data === undefined ? {} : { data: clean.data }),
        redacted: masked !== raw,
      });
      await this.dir.appendJsonl(OUTBOX_FILE, entry);
      return { messageId: entry.messageId };
    });
  }

  /** The newest `limit` messages, newest last. */
  async read(limit?: number): Promise<OutboxEntry[]> {
    const all = await this.dir.readJsonl(OUTBOX_FILE, OutboxEntrySchema);
    return limit === undefined ? all : all.slice(-limit);
  }
}
