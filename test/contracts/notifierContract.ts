import type { Notification, Notifier, Provider } from "@airr/core";
import { beforeEach, describe, expect, it } from "vitest";
import { type ProviderFactory, requirePort } from "./providerFactory.js";

export interface NotifierSeed {
  /** Optional: the messages delivered so far, oldest first, as the transport recorded them. */
  delivered?: (provider: Provider) => Promise<Array<Pick<Notification, "subject" | "text"> & { messageId: string }>>;
}

const message = (n: number): Notification => ({
  subject: `contract message ${n}`,
  text: `body ${n}: endpoint fraud-detector rolled back`,
  severity: "warning",
  incidentId: `inc-contract-${n}`,
  data: { n },
});

/** The `Notifier` contract. Seed: none (a transport that accepts messages). */
export function notifierContract(makeProvider: ProviderFactory, seed: NotifierSeed = {}): void {
  describe("Notifier contract", () => {
    let provider: Provider;
    let notifier: Notifier;

    beforeEach(async () => {
      provider = await makeProvider();
      notifier = requirePort(provider, "notifier");
    });

    it("sends a message and resolves to a transport message id", async () => {
      const { messageId } = await notifier.send(message(1));
      expect(typeof messageId).toBe("string");
      expect(messageId.length).toBeGreaterThan(0);
    });

    it("gives each message its own id and delivers them all", async () => {
      const first = await notifier.send(message(1));
      const second = await notifier.send({ ...message(2), severity: null, incidentId: null, data: undefined });
      expect(first.messageId).not.toBe(second.messageId);
      if (seed.delivered) {
        const delivered = await seed.delivered(provider);
        expect(delivered.slice(-2)).toMatchObject([
          { messageId: first.messageId, subject: message(1).subject, text: message(1).text },
          { messageId: second.messageId, subject: message(2).subject, text: message(2).text },
        ]);
      }
    });
  });
}
