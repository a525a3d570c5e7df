import { readFileSync } from "node:fs";
import { githubTokenValid, ibanValid, jwtValid, LEAK_PATTERNS, luhnValid, OutputScanner, ssnValid } from "@airr/core";
import { describe, expect, it } from "vitest";

type Cases = Record<string, { valid: string[]; invalid: string[] }>;
const cases = JSON.parse(readFileSync(new URL("../../fixtures/anomaly/leaks.json", import.meta.url), "utf8")) as Cases;
const get = (kind: string) => cases[kind] ?? { valid: [], invalid: [] };

const validators: [string, (v: string) => boolean][] = [
  ["github_token", githubTokenValid],
  ["credit_card", luhnValid],
  ["iban", ibanValid],
  ["us_ssn", ssnValid],
  ["jwt", jwtValid],
];

describe("leak validators (values from generate_leaks.py)", () => {
  it.each(validators)("%s accepts the valid values and rejects the invalid ones", (kind, valid) => {
    for (const v of get(kind).valid) expect(valid(v), v).toBe(true);
    for (const v of get(kind).invalid) expect(valid(v), v).toBe(false);
  });

  it.each(Object.keys(cases))("the scanner finds every valid %s and none of the invalid ones", (kind) => {
    // Prepare: a scanner with no allowlist, so only validation decides
    const scanner = new OutputScanner({ replaceAllowlist: true });
    const context = kind === "aws_secret_key" ? "aws_secret_access_key = " : "value: ";
    for (const v of get(kind).valid) {
      // Act
      const found = scanner.scan(`${context}${v} end`).findings;
      // Assess: exact value, exact kind
      expect(
        found.map((f) => [f.kind, f.value]),
        v,
      ).toContainEqual([kind, v]);
    }
    for (const v of get(kind).invalid)
      expect(
        scanner.scan(`${context}${v} end`).findings.filter((f) => f.kind === kind),
        v,
      ).toEqual([]);
  });

  it("has a pattern for every built-in kind", () => {
    expect(new Set(LEAK_PATTERNS.map((p) => p.kind))).toEqual(
      new Set([
        "email",
        "phone",
        "credit_card",
        "us_ssn",
        "iban",
        "aws_access_key",
        "aws_secret_key",
        "github_token",
        "private_key",
        "jwt",
      ]),
    );
  });
});
