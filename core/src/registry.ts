import { UnknownKeyError } from "./errors.js";

/**
 * A string-keyed registry (stat checks, detectors, actions, alert parsers). Asking for an unknown
 * key throws an `UnknownKeyError` that lists the valid keys.
 *
 * @example
 * const checks = new Registry<StatCheck>("stat test");
 * checks.register("ks", ksCheck);
 * checks.get("ks");
 */
export class Registry<T> {
  readonly #entries = new Map<string, T>();

  constructor(readonly kind: string) {}

  register(key: string, value: T): this {
    if (this.#entries.has(key)) {
      throw new Error(`${this.kind} "${key}" is registered twice`);
    }
    this.#entries.set(key, value);
    return this;
  }

  get(key: string): T {
    const value = this.#entries.get(key);
    if (value === undefined) throw new UnknownKeyError(this.kind, key, this.keys());
    return value;
  }

  has(key: string): boolean {
    return this.#entries.has(key);
  }

  keys(): string[] {
    return [...this.#entries.keys()];
  }

  entries(): [string, T][] {
    return [...this.#entries.entries()];
  }
}
