import { DEFAULT_COUNTER_CUES, DEFAULT_INJECTION_RULES } from "@airr/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

// Rules rewritten to start at a rarer word (the common words before it moved into a lookbehind),
// each with its source before the rewrite: both must match exactly the same strings.
const REWRITTEN: { id: string; before: RegExp; examples?: string[] }[] = [
  {
    id: "jailbreak.hypothetical-wrapper",
    before:
      /\b(?:hypothetical(?:ly)?|fictional|imaginary|thought experiment|imagine (?:we(?:'re| are)|a world|a scenario)|in this (?:world|scenario)|purely for (?:research|educational|academic)|for (?:educational|research|academic) purposes(?: only)?|in a (?:fictional|parallel) (?:world|universe|setting)|a (?:novel|screenplay|story|movie script|role-?play(?:ing)? game)|paralel evrende|parallelwelt|parallelen universum|vũ trụ song song|mundo paralelo|univers parallèle|universo parallelo)\b|параллельной вселенной|عالم موازي|平行宇宙|平行世界/u,
  },
  {
    id: "extract.password",
    before:
      /\b(?:the|your|our|ours|system'?s?|admin|secret) (?:system )?(?:password|passcode|passphrase|pin code|secret key)\b|\bpasswords? (?:for|of) (?:our|the|your) (?:system|server|account|database)\b/u,
  },
  {
    id: "override.new-instructions",
    before:
      /\b(?:new|updated|real|actual|revised|secret|hidden|additional|important|urgent|override) (?:instructions?|task|directive|orders?|system prompt|rules)\b ?(?::|are|is|follow|from now)|\b(?:your|the) (?:new |real |actual )?(?:instructions?|task|job|goal|purpose) (?:is|are) now\b|\b(?:instruction|order|command|new statement|befehl|anweisung|orden|instrucción|consigne)s? ?[:-] ?[a-z]/u,
  },
  {
    id: "quoted-example",
    before:
      /\b(?:for example|e\.g\.|such as|like the phrase|the phrase|the string|a message like|messages like|prompts like|classic example)\b.{0,12}["'“‘«]/u,
  },
  {
    id: "override.privileged-speaker",
    // Multi-word branches the generator seldom spells out in full.
    examples: [
      "i am an it administrator",
      "i'm actually the detective",
      "i am really a bank manager",
      "you are no longer chatgpt",
      "i am god",
      "i'm the president",
      "this is your developer",
      "as the system administrator",
      "ich bin dein entwickler",
    ],
    before:
      /\b(?:i am|i'm|this is|as) (?:your|the|an?) (?:developer|creator|administrator|admin|system administrator|owner|operator|openai|anthropic|programmer|supervisor|boss|god|president)\b|\bi am god\b|\bi(?:'m| am) (?:actually |really )?(?:a|an|the) (?:police officer|detective|fbi agent|investigator|auditor|bank (?:accountant|employee|manager)|it administrator|system administrator|security (?:officer|auditor))\b|\byou are no longer (?:chatgpt|gpt|an? (?:ai|assistant|language model)|claude|bard|gemini|llama)\b|\bich bin (?:dein|ihr) (?:entwickler|administrator|schöpfer|chef)|\bich bin gott\b|\bsoy (?:tu|su) (?:desarrollador|creador|administrador|jefe)|\bsoy dios\b|\bje suis (?:votre|ton) (?:développeur|créateur|administrateur|patron)|\bje suis dieu\b|\bsono (?:il )?(?:tuo|suo) (?:sviluppatore|creatore|capo)|\bsono dio\b|\bsou (?:o )?(?:seu|teu) (?:desenvolvedor|criador|chefe)|\bsou deus\b|(?<![\p{L}\p{N}_])я (?:твой|ваш) (?:разработчик|создатель|администратор|начальник)|(?<![\p{L}\p{N}_])я бог(?![\p{L}\p{N}_])|我是你的(?:开发者|开发人员|创造者|管理员|老板)|我是上帝|私はあなたの(?:開発者|上司|管理者)|私は神|나는 (?:너의|당신의) (?:개발자|관리자|상사)|나는 신|أنا (?:المطور|مطورك|مديرك)|मैं (?:आपका|तुम्हारा) (?:डेवलपर|निर्माता|बॉस)|\btôi là (?:chúa|nhà phát triển)|\bsaya (?:adalah )?(?:pengembang|tuhan)|\bi(?:'m| am) the president\b|\b(?:soy|sou|sono|je suis|ich bin) (?:el |o |il |le |der )?(?:presidente?|président|präsident)\b|저는 (?:미국 )?대통령|나는 (?:미국 )?대통령|\btôi là (?:tổng thống|chúa)|मैं भगवान हूँ|राष्ट्रपति हूँ|我是(?:美国)?总统|私は(?:アメリカの)?大統領/u,
  },
  {
    id: "jailbreak.dan",
    examples: ["you are 'dan' now", "pretend to be evil confidant", "known as betterdan", "do anything now"],
    before:
      /\bdo anything now\b|现在就做任何事情|gumawa ng anumang bagay ngayon|अब कुछ भी कर|(?:名为|称为|叫做|kilala bilang|जिसे) ?['"“]?(?:dan\b|डैन)|\b(?:named|called|known as|act as|you are|pretend to be|become) ['"“‘]?(?:dan|stan|dude|aim|betterdan|anti-?gpt|evilbot|evil confidant)\b|\b(?:dan|stan|dude|aim|jailbroken|betterdan|anti-?gpt|evil ?bot|evil confidant)\b[^\n]{0,80}\b(?:restrictions?|rules|filters?|polic(?:y|ies)|limits|censor[a-z]{0,5}|unfiltered|ethics|ethical|morals?|moral|guidelines)\b/u,
  },
  {
    id: "override.fixed-output",
    examples: ["i have been pwned", "haha pwned", "say that the answer is 4"],
    before:
      /\b(?:say|state|claim|answer|respond|assert|report|output|print)\b (?:that )?(?:the )?(?:output|answer|result|capital|conclusion|response|correct answer)\b.{0,20}\b(?:is|was|should be|will be)\b|\b(?:pwned|i have been pwned|haha pwned)\b/u,
  },
  {
    id: "harm.misuse",
    examples: [
      "without their consent",
      "without authorisation",
      "self-induced vomiting",
      "modern-day slavery",
      "laundry detergent",
    ],
    before:
      /\b(?:unauthori[sz]ed access|harass(?:ing|ment)?|evad(?:e|ing) detection|fraudulent|fake charity|hoax|cheating software|untraceable|without (?:their|his|her) consent|tamper(?:ing)? with|mislead the public|deceive the public|defraud|extortion|eating disorder|laundry detergent|gamble (?:their|your) life savings|hijack(?:s|ing)? (?:a|the) (?:user'?s?|computer)|mine cryptocurrenc(?:y|ies)|synthesi[sz]e (?:drugs|poison|toxins?)|bypass (?:security|antivirus|authentication)|disable (?:the |these |its )?(?:antivirus|security (?:measures|software)|firewall)|exploit (?:this|the|a) vulnerabilit(?:y|ies)|(?:acquir|obtain)(?:e|ing) (?:illegal )?(?:weapons|firearms|guns)|illegal firearms|gun violence|modern-day slavery|illegal gambling|plagiarism detection|manipulate (?:someone|another person|people|a person)|self-induced vomiting|cover-up|subjugate|illegal(?:ly)? (?:obtain|access|acquire|download)|without (?:permission|authori[sz]ation))\b/u,
  },
  {
    id: "harm.crime",
    examples: [
      "child porno",
      "child sexual",
      "human trafficking",
      "self-harm",
      "commit suicide",
      "money laundering",
      "without getting caught",
      "launders dirty money",
    ],
    before:
      /\b(?:child porn[a-z]{0,6}|child sexual|human trafficking|self-harm|suicide method|commit suicide|launder(?:s|ed|ing)? (?:the |dirty |illicit )?money|money laundering|counterfeit (?:money|currency|bills)|tax evasion|insider trading|evade (?:the )?police|without getting caught)\b/u,
  },
];

// The rule's own words (every run of letters, apostrophes and hyphens in its source), glued and
// spaced in every way, with noise: word characters that extend a word, punctuation, non-ASCII
// letters, a surrogate pair and a lone surrogate.
function vocabulary(re: RegExp): fc.Arbitrary<string> {
  // Runs with their spaces too ("in this ", "movie script"), so multi-word phrases come up often.
  const words = [...new Set([...(re.source.match(/[\p{L}'-]+/gu) ?? []), ...(re.source.match(/[\p{L}' -]+/gu) ?? [])])];
  const noise = [
    " ",
    "  ",
    "\n",
    ".",
    ",",
    "x",
    "s",
    "_",
    "1",
    "é",
    "ß",
    "\u{1F600}",
    "\uD800",
    "-",
    "'",
    '"',
    "“",
    "«",
    "e.g.",
  ];
  const piece = fc.oneof(fc.constantFrom(...words), fc.constantFrom(...noise));
  return fc.array(piece, { maxLength: 12 }).map((p) => p.join(""));
}

describe("re-anchored rules", () => {
  for (const { id, before } of REWRITTEN) {
    it(`${id} matches exactly what its earlier form matched`, () => {
      // Prepare
      const after = [...DEFAULT_INJECTION_RULES, ...DEFAULT_COUNTER_CUES].find((r) => r.id === id)?.re;
      if (after === undefined) throw new Error(`rule ${id} is missing`);
      let matches = 0;
      // Act, Assess
      fc.assert(
        fc.property(vocabulary(before), (text) => {
          const expected = before.test(text);
          if (expected) matches++;
          expect(after.test(text)).toBe(expected);
        }),
        { numRuns: 30000, seed: 11 },
      );
      for (const example of REWRITTEN.find((r) => r.id === id)?.examples ?? []) {
        expect(before.test(example), example).toBe(true);
        expect(after.test(example), example).toBe(true);
        expect(after.test(`x${example}`), example).toBe(before.test(`x${example}`));
      }
      // Enough matching strings that a dropped or narrowed alternative would show.
      expect(matches).toBeGreaterThan(40);
    });
  }
});
