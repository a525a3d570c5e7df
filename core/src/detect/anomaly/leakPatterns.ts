import { cardBrand, githubTokenValid, ibanValid, jwtValid, luhnValid, ssnValid } from "./leakValidators.js";

/**
 * The kinds of leak the output scanner reports.
 *
 * @example
 * new OutputScanner({ kinds: LEAK_KINDS.filter((k) => k !== "phone") })
 */
export const LEAK_KINDS = [
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
  "canary_token",
  "system_prompt_leak",
] as const;
export type LeakKind = (typeof LEAK_KINDS)[number];

/** A pattern kind: a bounded regex plus a validator that must accept the match. */
export interface LeakPattern {
  kind: LeakKind;
  re: RegExp;
  /** Receives the match and the text; returns false to drop it (checksum, range, context). */
  valid: (value: string, text: string, index: number) => boolean;
}

const notGitRemote = (v: string, text: string, i: number) => !(text[i + v.length] === ":" && /^git@/i.test(v));
const phoneDigits = (v: string) => {
  const n = v.replace(/\D/g, "").length;
  return n >= 10 && n <= 15;
};
// A 40-char secret is only a secret next to a word saying so; otherwise it is a hash or base64.
const SECRET_CONTEXT = /(?:secret|aws_secret|secretaccesskey|secret_access_key|aws.{0,20}key)[^\n]{0,40}$/i;

/** The built-in patterns, one per kind (canary and system-prompt leaks are configured). */
export const LEAK_PATTERNS: readonly LeakPattern[] = [
  {
    kind: "email",
    re: /(?<![\w.%+-])[a-z0-9](?:[a-z0-9._%+-]{0,62}[a-z0-9])?@[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?){0,6}\.[a-z]{2,24}\b/gi,
    valid: notGitRemote,
  },
  {
    kind: "email",
    re: /\b[a-z0-9][a-z0-9._+-]{0,63} ?[([{]at[)\]}] ?[a-z0-9-]{1,63}(?: ?[([{]dot[)\]}] ?[a-z0-9-]{1,63}){1,4}/gi,
    valid: () => true,
  },
  {
    kind: "phone",
    re: /(?<![\w+])(?:\+1[ .-]?)?(?:\(\d{3}\)|\d{3})[ .-]\d{3}[ .-]\d{4}\b|(?<![\w+])\+\d{1,3}[ .-]?(?:\(0?\d{1,4}\)|\d{1,4})(?:[ .-]?\d{2,4}){2,4}\b|(?<![\w+])0\d{3}[ .-]?\d{3}[ .-]?\d{3,4}\b/g,
    valid: phoneDigits,
  },
  {
    kind: "credit_card",
    re: /(?<![\d-])\d{4}(?:[ -]?\d{2,7}){2,4}(?![\d-])/g,
    valid: (v) => {
      const n = v.replace(/\D/g, "").length;
      return n >= 13 && n <= 19 && cardBrand(v) !== null && luhnValid(v);
    },
  },
  { kind: "us_ssn", re: /(?<![\d-])\d{3}([- ])\d{2}\1\d{4}(?![\d-])/g, valid: (v) => ssnValid(v) },
  { kind: "iban", re: /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b/g, valid: ibanValid },
  {
    kind: "aws_access_key",
    re: /\b(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|APKA)[A-Z2-7]{16}\b/g,
    valid: () => true,
  },
  {
    kind: "aws_secret_key",
    re: /(?<![A-Za-z0-9/+])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/g,
    valid: (v, text, i) =>
      /[A-Z]/.test(v) && /[a-z]/.test(v) && /\d/.test(v) && SECRET_CONTEXT.test(text.slice(Math.max(0, i - 80), i)),
  },
  {
    kind: "github_token",
    re: /\b(?:gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})\b/g,
    valid: githubTokenValid,
  },
  {
    kind: "private_key",
    re: /-----BEGIN (?:[A-Z0-9]{1,12} ){0,2}PRIVATE KEY(?: BLOCK)?-----[\s\S]{1,16384}?-----END (?:[A-Z0-9]{1,12} ){0,2}PRIVATE KEY(?: BLOCK)?-----/g,
    valid: () => true,
  },
  {
    kind: "jwt",
    re: /\beyJ[A-Za-z0-9_-]{5,4096}\.eyJ[A-Za-z0-9_-]{5,8192}\.[A-Za-z0-9_-]{8,2048}/g,
    valid: jwtValid,
  },
];

/** The regexes this module runs, for the ReDoS audit (regexInventory). */
export const LEAK_CONTEXT_PATTERNS: readonly RegExp[] = [SECRET_CONTEXT];
