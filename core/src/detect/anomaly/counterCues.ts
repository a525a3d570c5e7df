import type { CounterCue } from "./injectionRule.js";

/**
 * Benign counter-cues: talking *about* attacks (teaching, research, detection work), asking how
 * to defend, or security tooling chatter. They lower rule evidence; they never zero it, so an
 * attack cannot excuse itself with one phrase. Obfuscation flags disable them (see detector).
 */
export const COUNTER_CUES: CounterCue[] = [
  {
    id: "about-attacks",
    factor: 0.45,
    re: /\b(?:what (?:is|are)|explain|how (?:do|can|to|does)|examples? of|definition of|defen[cs]es? against|defend against|protect(?:ing)? (?:against|from)|detect(?:ing|ion of)?|mitigat\w{1,5}|prevent(?:ing)?|research on|paper on|workshop|training on|awareness)\b.{0,60}\b(?:prompt injections?|jailbreak(?:s|ing)?|injection attacks?|adversarial prompts?)\b/u,
  },
  {
    id: "security-work",
    factor: 0.4,
    re: /\b(?:waf|siem|ids|pentest(?:ers?|ing)?|red team(?:ing)?|detection rule|regex|signature|false positive|alert triage|incident (?:ticket|report)|finding|playbook|runbook|guardrail (?:test|config))\b/u,
  },
  {
    id: "teaching",
    factor: 0.6,
    re: /\b(?:course|lesson|glossary|lecture|syllabus|curriculum|chapter|definition|newsletter|slide|handbook|training material|quiz)\b/u,
  },
  {
    id: "quoted-example",
    factor: 0.6,
    // "for", "the" and "a" sit in lookbehinds ("like the phrase" is a "the phrase"): same matches,
    // tried at "example", "phrase", "string" and "message", not at every "the" and "a".
    re: /\b(?:e\.g\.|such as|messages like|prompts like|classic example)\b.{0,12}["'“‘«]|(?<=\bfor )\bexample\b.{0,12}["'“‘«]|(?<=\bthe )\b(?:phrase|string)\b.{0,12}["'“‘«]|(?<=\ba )\bmessage like\b.{0,12}["'“‘«]/u,
  },
];
