import { gap, type InjectionRule, rx } from "./injectionRule.js";

const IGNORE =
  "\\b(?:ignore|ignoring|disregard|forget|skip|overlook|bypass|override|overwrite|discard|drop|neglect|abandon|set aside|pay no attention to|do not follow|don't follow|stop following|cancel|erase|delete|clear|leave|remove|put aside|let go of|throw away|wipe)\\b";
const SCOPE =
  "\\b(?:previous|prior|above|preceding|earlier|former|initial|original|old|all|any|every|your|the|these|those|existing|given|last|system|developer)\\b";
const TARGET =
  "\\b(?:instructions?|prompts?|rules?|directives?|guidelines?|commands?|orders?|constraints?|context|restrictions?|programming|training|polic(?:y|ies)|tasks?|assignments?|messages?|input|text|information|conversation|settings|limitations|filters|guardrails|safeguards)\\b";

/**
 * Instruction-override rules (English). Written from the shapes of published attacks
 * (ignore-previous, new-task, from-now-on, stop-and-say), not from any one data set's rows.
 */
export const OVERRIDE_RULES: InjectionRule[] = [
  {
    id: "override.ignore-previous",
    family: "instruction_override",
    weight: 0.9,
    re: rx("(?<![-_`])", IGNORE, "(?! (?:my|our)\\b)", gap(30), SCOPE, gap(30), TARGET),
    reason: "asks to ignore or override earlier instructions",
  },
  {
    id: "override.forget-everything",
    family: "instruction_override",
    weight: 0.7,
    re: /\b(?:forget|ignore|disregard)\b (?:about )?(?:everything|all(?: of)? (?:that|this|the above)|what (?:i|you|we) (?:said|told|wrote|were told|(?:have|'ve) been told)|all that)|\bdespite what you(?:'ve| have)? been told\b|\b(?:vergiss|vergessen sie) alles\b|\b(?:olvida|olvide|olvídate de) todo\b|\boublie(?:z)? tout\b|\bdimentica tutto\b|\besque[çc]a tudo\b|(?<![\p{L}\p{N}_])забудь вс[её](?![\p{L}\p{N}_])|忘记一切|忘掉一切|すべて忘れ/u,
    reason: "asks to forget everything said before",
  },
  {
    id: "override.new-instructions",
    family: "instruction_override",
    weight: 0.7,
    // The adjectives and "your"/"the" sit in lookbehinds (same matches): the rule is tried at
    // "instructions", "task" and the like, not at every "the", "new" or "real" of a prompt.
    re: /(?<=\b(?:new|updated|real|actual|revised|secret|hidden|additional|important|urgent|override) )\b(?:instructions?|task|directive|orders?|system prompt|rules)\b ?(?::|are|is|follow|from now)|(?<=\b(?:your|the) (?:new |real |actual )?)\b(?:instructions?|task|job|goal|purpose) (?:is|are) now\b|\b(?:instruction|order|command|new statement|befehl|anweisung|orden|instrucción|consigne)s? ?[:-] ?[a-z]/u,
    reason: "announces new instructions",
  },
  {
    id: "override.from-now-on",
    family: "instruction_override",
    weight: 0.45,
    re: rx(
      "\\b(?:from now on|from this (?:point|moment) (?:on|forward)|henceforth|for the rest of (?:this|the) conversation)\\b",
      gap(60),
      "\\b(?:you (?:are|will|must|shall|can|should)|respond|answer|act|only|always|never|ignore)\\b",
    ),
    reason: "redefines the assistant's behaviour from now on",
  },
  {
    id: "override.instead-say",
    family: "instruction_override",
    weight: 0.55,
    re: /\b(?:instead|rather),? (?:just |only |simply )?(?:say|print|output|write|respond with|reply with|answer with|return)\b/u,
    reason: "replaces the task with a fixed output",
  },
  {
    id: "override.stop-and",
    family: "instruction_override",
    weight: 0.6,
    re: /\b(?:stop|halt|cease)\b (?:everything|what you(?:'re| are) doing|all (?:previous )?tasks?|the (?:current )?task)\b|\bstop ?[:!-] ?(?:write|say|print|output|answer|respond|tell)\b/u,
    reason: "tells the model to drop its current task",
  },
  {
    id: "override.above-irrelevant",
    family: "instruction_override",
    weight: 0.65,
    re: /\b(?:the )?(?:above|previous|preceding|prior) (?:instructions?|prompt|text|task|rules?) (?:(?:was|were|is|are) (?:a test|wrong|irrelevant|outdated|cancell?ed|void|fake|not important|obsolete|just a joke)|no longer appl(?:y|ies))/u,
    reason: "declares the earlier instructions void",
  },
  {
    id: "override.no-longer-bound",
    family: "instruction_override",
    weight: 0.65,
    re: /\byou (?:are|'re) (?:no longer|not) (?:bound|restricted|limited|constrained) by\b/u,
    reason: "claims the model is no longer bound by its rules",
  },
  {
    id: "override.system-mode",
    family: "instruction_override",
    weight: 0.6,
    re: /\b(?:system|developer|god|admin(?:istrator)?|root|sudo|superuser|unrestricted|jailbreak) ?mode\b/u,
    reason: "claims a privileged system/developer mode",
  },
  {
    id: "override.enter-mode",
    family: "instruction_override",
    weight: 0.6,
    re: /\b(?:maintenance|debug|test|verification|diagnostic|override|training) ?mode (?:is )?(?:activated|enabled|on|engaged|unlocked)\b|\b(?:enter|entering|activate|activating|enable|enabling|switch to|switching to|now in) (?:the |a |an )?['"‘“]?[a-z-]{3,30} ?(?:mode|modus|modo)\b/u,
    reason: "switches the model into a special mode",
  },
  {
    id: "override.system-override",
    family: "instruction_override",
    weight: 0.6,
    re: /\b(?:system|developer|training data|instruction) overrides?\b/u,
    reason: "announces a system or developer override",
  },
  {
    id: "override.privileged-speaker",
    family: "instruction_override",
    weight: 0.55,
    // The English claims start at the role ("developer", "detective", "longer", "president"), the
    // "i am", "this is", "as", "you are no" before it in lookbehinds (same matches): the rule is
    // tried there, not at every "i", "this", "as" and "you" of a prompt.
    re: /(?<=\b(?:i am|i'm|this is|as) (?:your|the|an?) )\b(?:developer|creator|administrator|admin|system administrator|owner|operator|openai|anthropic|programmer|supervisor|boss|god|president)\b|(?<=\bi am )\bgod\b|(?<=\bi(?:'m| am) (?:actually |really )?(?:a|an|the) )\b(?:police officer|detective|fbi agent|investigator|auditor|bank (?:accountant|employee|manager)|system administrator|security (?:officer|auditor))\b|(?<=\bi(?:'m| am) (?:actually |really )?(?:a|an|the) it )\badministrator\b|(?<=\byou are no )\blonger (?:chatgpt|gpt|an? (?:ai|assistant|language model)|claude|bard|gemini|llama)\b|\bich bin (?:dein|ihr) (?:entwickler|administrator|schöpfer|chef)|\bich bin gott\b|\bsoy (?:tu|su) (?:desarrollador|creador|administrador|jefe)|\bsoy dios\b|\bje suis (?:votre|ton) (?:développeur|créateur|administrateur|patron)|\bje suis dieu\b|\bsono (?:il )?(?:tuo|suo) (?:sviluppatore|creatore|capo)|\bsono dio\b|\bsou (?:o )?(?:seu|teu) (?:desenvolvedor|criador|chefe)|\bsou deus\b|(?<![\p{L}\p{N}_])я (?:твой|ваш) (?:разработчик|создатель|администратор|начальник)|(?<![\p{L}\p{N}_])я бог(?![\p{L}\p{N}_])|我是你的(?:开发者|开发人员|创造者|管理员|老板)|我是上帝|私はあなたの(?:開発者|上司|管理者)|私は神|나는 (?:너의|당신의) (?:개발자|관리자|상사)|나는 신|أنا (?:المطور|مطورك|مديرك)|मैं (?:आपका|तुम्हारा) (?:डेवलपर|निर्माता|बॉस)|\btôi là (?:chúa|nhà phát triển)|\bsaya (?:adalah )?(?:pengembang|tuhan)|(?<=\bi(?:'m| am) the )\bpresident\b|\b(?:soy|sou|sono|je suis|ich bin) (?:el |o |il |le |der )?(?:presidente?|président|präsident)\b|저는 (?:미국 )?대통령|나는 (?:미국 )?대통령|\btôi là (?:tổng thống|chúa)|मैं भगवान हूँ|राष्ट्रपति हूँ|我是(?:美国)?总统|私は(?:アメリカの)?大統領/u,
    reason: "claims authority over the model",
  },
  {
    id: "override.ignore-above",
    family: "instruction_override",
    weight: 0.8,
    re: /\b(?:ignore|disregard|forget|skip)\b (?:all |everything )?(?:of )?(?:the |that |what(?:'s| is| was) )?(?:above|previous|prior|preceding|foregoing|before)\b(?= ?(?:[^a-z ]|$|and\b|then\b|but\b|now\b|instead\b|text\b|content\b|messages?\b|instructions?\b|prompts?\b|conversation\b|context\b))/u,
    reason: "asks to ignore what came before",
  },
  {
    id: "override.praise-then-task",
    family: "instruction_override",
    weight: 0.6,
    re: /\b(?:well done|great job|good job|excellent|congratulations|very good|simply great|you did it|that is enough|that's enough|perfect|sehr gut|gut gemacht|ausgezeichnet|muy bien|très bien|bravo)\b.{0,120}\b(?:now|but now|next|here comes|nun|jetzt|ahora|maintenant)\b.{0,60}\b(?:new|next|another|further|second|following|more|neue\w?|weitere\w?|zweite\w?|nueva|nouvelle)\b.{0,12}\b(?:tasks?|tests?|challenge|assignment|instructions?|aufgaben?|test|tarea|tâche)\b/u,
    reason: "praises, then switches to a new task (goal hijack)",
  },
  {
    id: "override.fixed-output",
    family: "instruction_override",
    weight: 0.55,
    // "i have been pwned" and "haha pwned" hold a whole word "pwned": `\bpwned\b` matches them all,
    // and the rule is no longer tried at every "i".
    re: /\b(?:say|state|claim|answer|respond|assert|report|output|print)\b (?:that )?(?:the )?(?:output|answer|result|capital|conclusion|response|correct answer)\b.{0,20}\b(?:is|was|should be|will be)\b|\bpwned\b/u,
    reason: "dictates a fixed output",
  },
  {
    id: "override.payload-parts",
    family: "encoding_evasion",
    weight: 0.55,
    outsideDocument: true,
    // Equivalent to `\bLABEL["“'«「]...` (LABEL: the part label and its optional copula): the
    // label moved into a lookbehind, so every match starts at its opening quote, which the rule
    // matcher finds in its one scan of the prompt instead of trying the regex at every position.
    re: /(?<=\b(?:[abc]|part ?[123]|teil ?[123]|parte ?[123]|partie ?[123]|भाग ?[123]|파트 ?[123]|部分 ?[123]) ?(?:is|ist|es|est|è|é|ay|là|है|는|은|は|:)? ?)["“'«「][^"”'»」\n]{1,80}["”'»」].{0,60}\b(?:[abc]|part ?[123]|teil ?[123]|parte ?[123]|partie ?[123]|भाग ?[123]|파트 ?[123]|部分 ?[123]) ?(?:is|ist|es|est|è|é|ay|là|है|는|은|は|:)? ?["“'«「]/u,
    reason: "splits a request into labelled parts to be joined",
  },
  {
    id: "override.few-shot",
    family: "instruction_override",
    weight: 0.25,
    // Equivalent to `(?:^|\s)QUESTION\s?[:：]...`: the start moved into a lookbehind, so every
    // match starts at a colon, which the rule matcher finds in its one scan of the prompt instead of
    // trying the regex at every position.
    re: /(?<=(?:^|\s)(?:q|question|p|pregunta|frage|질문|问题|質問|प्रश्न|câu hỏi|soru|domanda|pergunta)\s?)[:：][^\n]{0,300}\s(?:a|answer|r|respuesta|antwort|답변?|答|回答|उत्तर|trả lời|cevap|risposta|resposta)\s?[:：][^\n]{0,300}\s(?:q|question|p|pregunta|frage|질문|问题|質問|प्रश्न|câu hỏi|soru|domanda|pergunta)\s?[:：]/u,
    reason: "few-shot framing that steers the next answer",
  },
  {
    id: "override.string-vars",
    family: "encoding_evasion",
    weight: 0.45,
    outsideDocument: true,
    re: /\b[abcxyz] ?= ?["“'][^"”'\n]{1,160}["”'][^\n]{0,200}\b[abcxyz] ?= ?["“'][^"”'\n]{1,160}["”']/u,
    reason: "builds the request from string variables (payload splitting)",
  },
  {
    id: "override.ignore-and-say",
    family: "instruction_override",
    weight: 0.65,
    re: /\b(?:ignore|disregard|forget|skip)\b (?:the |this |that |my |your |all )?[a-z]{2,20} (?:and|then|,) ?(?:instead )?(?:state|say|tell|write|respond|output|print|answer|claim|reply|repeat|give|admit)\b/u,
    reason: "tells the model to drop the task and say something else",
  },
];
