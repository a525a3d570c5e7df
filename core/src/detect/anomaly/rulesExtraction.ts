import { gap, type InjectionRule, rx } from "./injectionRule.js";
import { chatTemplateStart, roleHeaderStart } from "./roleHeaderStart.js";

const SECRET =
  "\\b(?:system (?:prompt|message|instructions?)|initial (?:prompt|instructions?)|original (?:prompt|instructions?)|hidden (?:prompt|instructions?)|(?:secret|hidden) (?:key|code|word|password|token)|pre-?prompt|meta-?prompt|passwords?|passcodes?|passphrase|api[ -]?keys?|access (?:code|key|token)|credentials|secret|database|training data|embeddings|conversation history|chat history|configuration)\\b";

/** System-prompt and secret extraction, plus fake chat-template delimiters. */
export const EXTRACTION_RULES: InjectionRule[] = [
  {
    id: "extract.reveal-secret",
    family: "prompt_extraction",
    weight: 0.65,
    re: rx(
      "\\b(?:reveal|show|print|output|repeat|display|give|share|disclose|leak|spell|tell|send|provide|type|write (?:out|down)|recite|dump|expose|return|confirm|what(?:'s| is| are| was| were))\\b",
      gap(40),
      "\\b(?:your|the|this|its|my|our)\\b",
      gap(20),
      SECRET,
    ),
    reason: "asks to reveal the system prompt or a secret",
  },
  {
    id: "extract.repeat-above",
    family: "prompt_extraction",
    weight: 0.7,
    re: /\b(?:repeat|print|output|copy|echo|reproduce|recite|return|translate|summari[sz]e)\b.{0,30}\b(?:everything|all (?:the )?(?:text|words|instructions)|the (?:text|words|instructions|prompt|message)s?) (?:above|before|preceding|prior to|at the (?:start|beginning))|\bwords? (?:written )?(?:above|before) (?:this|the) (?:line|message|prompt)|\b(?:verbatim|word for word)\b.{0,40}\b(?:instructions|prompt|above)\b|\bwhat (?:is|was) (?:written|said|stated) (?:above|before)\b|\bsentences? before (?:the|this)\b|\b(?:spell ?check|proofread|correct)\b.{0,30}\b(?:text|everything|all)(?: of the text)? above\b/u,
    reason: "asks to repeat the text above (prompt leak)",
  },
  {
    id: "extract.what-were-you-told",
    family: "prompt_extraction",
    weight: 0.6,
    re: /\bwhat (?:were|are|was) (?:you|your) (?:told|instructed|programmed|given|initial)\b|\b(?:beginning|start) of (?:this|the|our) (?:conversation|prompt|chat|session)\b.{0,40}\b(?:text|say|said|written|instructions)\b/u,
    reason: "asks what the model was told before the conversation",
  },
  {
    id: "extract.secret-unlock",
    family: "prompt_extraction",
    weight: 0.45,
    re: /\b(?:password|passcode|secret (?:key|code|word)|access code)\b.{0,40}\b(?:is|was|for|to unlock|to access|needed|required)\b.{0,40}\b(?:give|tell|need|share|want|reveal|provide|hint|clue|letters?|spell|backwards|reverse)\b/u,
    reason: "probes for a password or secret",
  },
];

/** Requests for passwords and third parties' personal data, by shape. */
export const DATA_RULES: InjectionRule[] = [
  {
    id: "extract.password",
    family: "prompt_extraction",
    weight: 0.45,
    // The owner word ("the", "your") sits in a lookbehind (same matches): the rule is tried at
    // "password" and its kin, not at every "the" of a prompt.
    re: /(?<=\b(?:the|your|our|ours|system'?s?|admin|secret) (?:system )?)\b(?:password|passcode|passphrase|pin code|secret key)\b|\bpasswords? (?:for|of) (?:our|the|your) (?:system|server|account|database)\b/u,
    reason: "asks about the application's password",
  },
  {
    id: "extract.personal-data",
    family: "prompt_extraction",
    weight: 0.4,
    // Equivalent to `\b(?:the user|user|users|customer|client|patient|employee|[a-z]{3,12})'s ...`
    // (every listed word ends in a run of 3 to 12 letters after a word boundary, which is all the
    // last alternative asks), written as a lookbehind so that every match starts at "'s ", which
    // the rule matcher finds once per prompt instead of trying the regex at every position.
    re: /(?<=\b[a-z]{3,12})'s (?:current )?(?:home address|address|city of residence|city|location|birth ?date|date of birth|email address|e-mail address|phone number|social security number|bank balance|account number|medical records?)\b/u,
    reason: "asks for a third party's personal data",
  },
];

/** Fake delimiters and chat-template tokens, matched on the raw text. */
export const DELIMITER_RULES: InjectionRule[] = [
  {
    id: "delimiter.chat-template",
    family: "fake_delimiter",
    weight: 0.8,
    raw: true,
    startCheck: chatTemplateStart,
    re: /<\|(?:im_start|im_end|system|user|assistant|endoftext|eot_id|start_header_id|end_header_id|begin_of_text)\|>|\[\/?INST\]|<<\/?SYS>>|<\/?(?:system|instructions?|admin|developer)>|<start_of_turn>|<end_of_turn>/iu,
    reason: "contains chat-template or role tokens",
  },
  {
    id: "delimiter.role-header",
    family: "fake_delimiter",
    weight: 0.55,
    raw: true,
    startCheck: roleHeaderStart,
    re: /(?:^|\n)[ \t]{0,8}(?:#{1,6}|\*\*|\[|-{2,8}|={2,8})?[ \t]{0,4}(?:[Ss][Yy][Ss][Tt][Ee][Mm]|[Aa][Dd][Mm][Ii][Nn]|[Dd][Ee][Vv][Ee][Ll][Oo][Pp][Ee][Rr]|[Nn]ew [Ii]nstructions?|NEW INSTRUCTIONS?|[Ii]mportant [Ii]nstructions?|IMPORTANT INSTRUCTIONS?)[ \t]{0,4}(?:\]|\*\*|-{2,8}|={2,8}|:|#)/u,
    reason: "inserts a fake system/instruction header",
  },
  {
    id: "delimiter.end-of-prompt",
    family: "fake_delimiter",
    weight: 0.6,
    re: /\b(?:end|begin|start) (?:of )?(?:the )?(?:system |user |original )?(?:prompt|instructions?|input|context|document|conversation)\b.{0,6}(?:[-=#*\]>]{2}|:)|\b(?:end|begin) (?:system|user) (?:prompt|input|message)\b/u,
    reason: "fakes the end of the prompt or context",
  },
];
