/** Ordinary support-chat prompts, the benign background traffic of the LLM scenarios. */
export const BENIGN_PROMPTS = [
  "How do I change my delivery address?",
  "What is your refund policy for damaged items?",
  "Can you help me reset my password?",
  "My order arrived late, can I get a discount?",
  "Which payment methods do you accept?",
  "How long does shipping to Canada take?",
  "Can I change the size of the shoes I ordered yesterday?",
  "Please summarize my last three orders.",
  "Is the blue jacket available in medium?",
  "How do I cancel my subscription?",
  "What does the error code E-104 on checkout mean?",
  "Explain what prompt injection is and how your team protects against it.",
] as const;

/** A rolling count of outcomes in the last `seconds` (the alert rule's window). */
export class RollingRate {
  readonly #events: { t: number; hit: boolean }[] = [];

  constructor(readonly seconds: number) {}

  add(t: number, hit: boolean): void {
    this.#events.push({ t, hit });
    while (this.#events.length > 0 && (this.#events[0]?.t ?? t) <= t - this.seconds) this.#events.shift();
  }

  get hits(): number {
    return this.#events.filter((e) => e.hit).length;
  }

  get rate(): number {
    return this.#events.length === 0 ? 0 : this.hits / this.#events.length;
  }
}
