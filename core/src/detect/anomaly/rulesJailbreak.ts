import { type InjectionRule, rx } from "./injectionRule.js";

const LIMITS =
  "\\b(?:restrictions?|rules|filters?|limits|limitations|guidelines|polic(?:y|ies)|ethics|morals?|morality|censorship|boundaries|safeguards|constraints|principles|content polic(?:y|ies))\\b";

/**
 * Role-play and persona jailbreaks: unrestricted personas (DAN and kin), "stay in character",
 * dual answers, refusal suppression, and forced affirmative openings.
 */
export const JAILBREAK_RULES: InjectionRule[] = [
  {
    id: "jailbreak.dan",
    family: "roleplay_jailbreak",
    weight: 0.85,
    // "do" and the naming verbs sit in lookbehinds (same matches): the rule is tried at "anything"
    // and the persona names, not at every "do", "you" and "called".
    re: /(?<=\bdo )\banything now\b|现在就做任何事情|gumawa ng anumang bagay ngayon|अब कुछ भी कर|(?:名为|称为|叫做|kilala bilang|जिसे) ?['"“]?(?:dan\b|डैन)|(?<=\b(?:named|called|known as|act as|you are|pretend to be|become) ['"“‘]?)\b(?:dan|stan|dude|aim|betterdan|anti-?gpt|evilbot|evil confidant)\b|\b(?:dan|stan|dude|aim|jailbroken|betterdan|anti-?gpt|evil ?bot|evil confidant)\b[^\n]{0,80}\b(?:restrictions?|rules|filters?|polic(?:y|ies)|limits|censor[a-z]{0,5}|unfiltered|ethics|ethical|morals?|moral|guidelines)\b/u,
    reason: "invokes an unrestricted persona (DAN-style)",
  },
  {
    id: "jailbreak.no-restrictions-persona",
    family: "roleplay_jailbreak",
    weight: 0.75,
    re: rx(
      "\\b(?:no|without|free (?:of|from)|zero|not bound by|ignores?|not (?:have|follow)|doesn't (?:have|follow|care about)|does not (?:have|follow|care about)|never (?:follows?|cares? about)|broken? free of|abandon(?:ed|s)?|rid of|sans)\\b",
      " (?:(?:any|all|the|your|its|ethical|moral|content|safety|such|of|these|those|normal|usual|typical|a|single|programmed|built-in) ){0,3}",
      LIMITS,
    ),
    reason: "describes a persona without rules or restrictions",
  },
  {
    id: "jailbreak.unfiltered-ai",
    family: "roleplay_jailbreak",
    weight: 0.7,
    re: /\b(?:unfiltered|uncensored|amoral|unrestricted|unethical|unlimited|unchained|immoral|evil|rogue|jailbroken|limitless)\b[\s,]{1,3}(?:and [a-z]{3,15} )?(?:ai|assistant|chatbot|bot|model|version|mode|character|persona|entity|response|language model|llm)\b/u,
    reason: "asks for an unfiltered/amoral AI persona",
  },
  {
    id: "jailbreak.act-as",
    family: "roleplay_jailbreak",
    weight: 0.3,
    re: /\b(?:you are going to|you will|i want you to|you must|you have to|from now on,? you)\b (?:act|pretend|roleplay|role-play|play the role|behave|respond|simulate|emulate) (?:as|like|to be)\b/u,
    reason: "assigns the model a persona",
  },
  {
    id: "jailbreak.stay-in-character",
    family: "roleplay_jailbreak",
    weight: 0.55,
    re: /\b(?:stay in character|remain in character|break(?:ing)? character|never break character|stay as|remember to stay|character (?:is|will be) (?:broken|lost))\b/u,
    reason: "forbids breaking character",
  },
  {
    id: "jailbreak.dual-answers",
    family: "roleplay_jailbreak",
    weight: 0.65,
    re: /\b(?:two|2|both|separate) (?:different )?(?:responses|answers|paragraphs|outputs|ways|personalities|personas|characters|entities)\b[^\n]{0,100}\b(?:normal|classic|standard|chatgpt|filtered|unfiltered|jailbroken|jailbreak|dan|developer mode|evil|opposite)\b/u,
    reason: "asks for a normal and a jailbroken answer side by side",
  },
  {
    id: "jailbreak.refusal-suppression",
    family: "roleplay_jailbreak",
    weight: 0.55,
    re: /\b(?:never|not|don't|do not|cannot|can't|won't|will not|must not|should not|shouldn't)\b (?:ever )?(?:refuse|decline|say (?:no|that you can(?:'|no)t)|apologi[sz]e|warn|add (?:any )?(?:warnings?|disclaimers?|notes?)|include (?:any )?(?:warnings?|disclaimers?|moral))/u,
    reason: "forbids refusals, warnings or disclaimers",
  },
  {
    id: "jailbreak.answer-anything",
    family: "roleplay_jailbreak",
    weight: 0.5,
    re: /\b(?:can|will|must|should|able to) (?:answer|respond to|do|say|generate|write) (?:anything|everything|any (?:request|question|prompt)|whatever)\b/u,
    reason: "claims the model can answer anything",
  },
  {
    id: "jailbreak.content-policy",
    family: "roleplay_jailbreak",
    weight: 0.55,
    re: /\b(?:openai|anthropic|meta|google)(?:'s)? (?:content |usage |safety )?(?:polic(?:y|ies)|guidelines|rules|restrictions|filters)\b|\bcontent (?:polic(?:y|ies)|filters?)\b[^\n]{0,60}\b(?:ignore|bypass|disable|violate|violating|break|breaking|against)\b|\b(?:ignore|bypass|disable|violate|violating|break|breaking|against|without|free of)\b[^\n]{0,30}\bcontent (?:polic(?:y|ies)|filters?)\b/u,
    reason: "talks about bypassing the provider's content policy",
  },
  {
    id: "jailbreak.affirmative-prefix",
    family: "roleplay_jailbreak",
    weight: 0.75,
    re: /\b(?:begin|start|open) (?:your |the )?(?:reply|response|answer|output)s? (?:with|by saying)\b.{0,6}["'“‘]?(?:sure|certainly|absolutely|of course|yes)\b/u,
    reason: "forces an affirmative opening (refusal suppression)",
  },
  {
    id: "jailbreak.hypothetical-wrapper",
    // `\b` is ASCII-only in JavaScript: around non-Latin words it would never match, so those
    // alternatives go without it.
    family: "roleplay_jailbreak",
    weight: 0.3,
    // "in this", "for", "in a" and "a" sit in lookbehinds (same matches), so the rule is tried at
    // the rarer word after them, not at every "a", "in" and "for" of a prompt.
    re: /\b(?:hypothetical(?:ly)?|fictional|imaginary|thought experiment|imagine (?:we(?:'re| are)|a world|a scenario)|purely for (?:research|educational|academic)|paralel evrende|parallelwelt|parallelen universum|vũ trụ song song|mundo paralelo|univers parallèle|universo parallelo)\b|(?<=\bin this )\b(?:world|scenario)\b|(?<=\bfor )\b(?:educational|research|academic) purposes(?: only)?\b|(?<=\bin a )\b(?:fictional|parallel) (?:world|universe|setting)\b|(?<=\ba )\b(?:novel|screenplay|story|movie script|role-?play(?:ing)? game)\b|параллельной вселенной|عالم موازي|平行宇宙|平行世界/u,
    reason: "wraps the request in fiction or a hypothetical",
  },
  {
    id: "jailbreak.hypothetical-response",
    family: "roleplay_jailbreak",
    weight: 0.55,
    re: /\bhypothetical response\b|\brewrite the (?:hypothetical )?response from the perspective\b/u,
    reason: "uses the 'hypothetical response' jailbreak framing",
  },
  {
    id: "jailbreak.opposite-mode",
    family: "roleplay_jailbreak",
    weight: 0.5,
    re: /\b(?:opposite|reverse|evil|dark|shadow|chaos|unhinged) (?:mode|day|version|twin|side|self)\b/u,
    reason: "asks for an opposite/evil mode",
  },
];

/** Persona assignments that PAIR-style jailbreaks use to wrap a harmful goal (weak alone). */
export const PERSONA_RULES: InjectionRule[] = [
  {
    id: "jailbreak.persona-assignment",
    family: "roleplay_jailbreak",
    weight: 0.15,
    re: /\b(?:you are|you're|imagine you(?:'re| are)|pretend (?:you are|to be)|as) an? (?:[a-z-]{2,20} ){0,3}(?:writer|author|novelist|screenwriter|journalist|reporter|researcher|scientist|consultant|expert|hacker|strategist|detective|character|historian|professor|lawyer|student|blogger|influencer|marketer|copywriter|speechwriter|activist|official|agent|spy|villain|chemist|criminal)\b/u,
    reason: "assigns a persona to frame the request",
  },
];

/** Harmful goals that jailbreaks wrap (PAIR-style) or pad with optimised suffixes (GCG-style). */
export const HARMFUL_RULES: InjectionRule[] = [
  {
    id: "harm.weapons-drugs",
    family: "harmful_request",
    weight: 0.35,
    re: /\b(?:bombs?|explosives?|pipe bomb|nerve agent|sarin|ricin|anthrax|bioweapon|chemical weapon|meth(?:amphetamine)?|fentanyl|cocaine|heroin|napalm|untraceable (?:gun|firearm|poison)|ghost gun|dirty bomb|molotov)\b/u,
    reason: "mentions weapons or drug synthesis",
  },
  {
    id: "harm.cybercrime",
    family: "harmful_request",
    weight: 0.3,
    re: /\b(?:ransomware|keylogger|malware|botnet|trojan|rootkit|spyware|phishing (?:e-?mail|site|page|campaign|scam)|ddos attack|zero-?day exploit|hack (?:into|someone)|crack (?:passwords?|software)|steal (?:credit card|personal|someone|passwords?|data|identit)|identity theft|credit card fraud|skimm(?:er|ing))\b/u,
    reason: "mentions cybercrime tooling",
  },
  {
    id: "harm.violence",
    family: "harmful_request",
    weight: 0.3,
    re: /\b(?:kill|murder|poison|torture|kidnap|assassinate|harm|hurt|stalk|blackmail|extort|groom|traffic)(?:s|ed|ing)? (?:someone|a person|people|my (?:wife|husband|boss|neighbou?r|partner)|a child|children|a minor|him|her|them|the president|a politician)\b/u,
    reason: "mentions violence against people",
  },
  {
    id: "harm.crime",
    family: "harmful_request",
    weight: 0.3,
    // "child", "human", "self-", "commit", "money" and "without" sit in lookbehinds (same
    // matches): the rule is tried at the rarer word after them, not at every "with" or "self".
    re: /\b(?:suicide method|launder(?:s|ed|ing)? (?:the |dirty |illicit )?money|counterfeit (?:money|currency|bills)|tax evasion|insider trading|evade (?:the )?police)\b|(?<=\bchild )\b(?:porn[a-z]{0,6}|sexual)\b|(?<=\bhuman )\btrafficking\b|(?<=\bself-)\bharm\b|(?<=\bcommit )\bsuicide\b|(?<=\bmoney )\blaundering\b|(?<=\bwithout )\bgetting caught\b/u,
    reason: "mentions abuse or serious crime",
  },
  {
    id: "harm.misuse",
    family: "harmful_request",
    weight: 0.25,
    // "without", "self-" and "modern-" sit in lookbehinds (same matches): the rule is tried at
    // "consent", "permission", "induced" and "day", not at every "with", "self" and "mode".
    re: /\b(?:unauthori[sz]ed access|harass(?:ing|ment)?|evad(?:e|ing) detection|fraudulent|fake charity|hoax|cheating software|untraceable|tamper(?:ing)? with|mislead the public|deceive the public|defraud|extortion|eating disorder|laundry detergent|gamble (?:their|your) life savings|hijack(?:s|ing)? (?:a|the) (?:user'?s?|computer)|mine cryptocurrenc(?:y|ies)|synthesi[sz]e (?:drugs|poison|toxins?)|bypass (?:security|antivirus|authentication)|disable (?:the |these |its )?(?:antivirus|security (?:measures|software)|firewall)|exploit (?:this|the|a) vulnerabilit(?:y|ies)|(?:acquir|obtain)(?:e|ing) (?:illegal )?(?:weapons|firearms|guns)|illegal firearms|gun violence|illegal gambling|plagiarism detection|manipulate (?:someone|another person|people|a person)|cover-up|subjugate|illegal(?:ly)? (?:obtain|access|acquire|download))\b|(?<=\bwithout (?:their|his|her) )\bconsent\b|(?<=\bwithout )\b(?:permission|authori[sz]ation)\b|(?<=\bself-)\binduced vomiting\b|(?<=\bmodern-)\bday slavery\b/u,
    reason: "mentions fraud, harassment or abuse",
  },
  {
    id: "harm.hate-misinfo",
    family: "harmful_request",
    weight: 0.25,
    re: /\b(?:defamatory|racist|sexist|xenophobic|holocaust (?:denial|never happened)|white supremac[a-z]{0,4}|ethnic cleansing|genocide|fake news|disinformation|propaganda|conspiracy theor[a-z]{0,4}|vaccines? cause autism|incite (?:violence|hatred)|glorif(?:y|ies|ying) (?:violence|terrorism|terrorists|the holocaust))\b/u,
    reason: "mentions hate speech or disinformation",
  },
];
