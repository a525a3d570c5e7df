import { loadPolicies, type Policy } from "@airr/core";

/**
 * Validated policies from policy YAML. A module of its own so the handler can `import()` it: the
 * YAML parser (112 KB minified) then lands in its own chunk, loaded by the first invocation instead
 * of at every cold import of the handler.
 */
export function policiesFromText(text: string, file: string): Policy[] {
  return loadPolicies(text, file);
}
