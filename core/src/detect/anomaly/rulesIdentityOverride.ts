import type { InjectionRule } from "./injectionRule.js";

/**
 * Overrides that name no "instructions": wiping what came before the message ("forget what
 * was said before", "forget everything you know"), dropping the assistant's identity ("you are
 * no longer an assistant", "du bist kein Assistent, sondern ..."), and dictating an opinion the
 * model must voice ("say that you hate X"), the hijacks prompt-injection competitions collect.
 */
export const IDENTITY_OVERRIDE_RULES: InjectionRule[] = [
  {
    id: "override.forget-before",
    family: "instruction_override",
    weight: 0.45,
    // What was said (a conversation), not a thing the writer sent: "disregard the attachment
    // I sent earlier" is a support message, "ignore what I said before" a hijack. Only as a
    // command (sentence start or after "please"/"and"): "my manager told me to forget what we
    // discussed before" reports one.
    re: /(?<=(?:^|[.!?:;,\n]) ?|\b(?:please|now|just|and|so) )\b(?:forget|ignore|disregard|erase|wipe)\b (?:about )?(?:what|everything|anything|all|whatever)\b[^.!?\n]{0,25}\b(?:before|earlier|previously|so far|until now|up to now|up to this point)\b/u,
    reason: "asks to forget what came before the message",
  },
  {
    id: "override.forget-knowledge",
    family: "instruction_override",
    weight: 0.6,
    // "Forget everything you know" in the major languages (the English form is in rulesOverride).
    re: /(?<![\p{L}\p{N}_])(?:olvid\p{L}{0,4} todo (?:lo )?que (?:sabes|sabe|conoces|aprendiste)|vergiss\p{L}{0,2} alles,? was (?:du|sie) (?:weißt|wissen|gelernt)|oubli\p{L}{0,3} tout ce que (?:tu sais|vous savez|tu as appris)|dimentic\p{L}{0,3} tutto (?:quello|ciò) che (?:sai|conosci|hai imparato)|esque[çc]\p{L}{0,3} tudo (?:o )?que (?:você sabe|sabe|aprendeu)|забудь\p{L}{0,2} вс[её],? что ты (?:знаешь|знал)|lupakan semua yang (?:kamu|anda) (?:tahu|ketahui)|bildiğin her şeyi unut|hãy quên (?:đi )?mọi (?:thứ|điều) (?:bạn|mà bạn) (?:biết|đã biết))/u,
    reason: "asks to forget everything it knows",
  },
  {
    id: "override.identity-negation",
    family: "instruction_override",
    weight: 0.4,
    re: /(?<=\byou(?:'re| are) no )\blonger (?:an? |the )?(?:ai|assistant|chatbot|language model|bot|chatgpt|bound by|restricted|limited)\b|(?<![\p{L}\p{N}_])(?:du bist (?:nicht mehr|kein\p{L}{0,2} \p{L}{2,25},? sondern)|ya no eres (?:un|una) (?:ia|asistente|modelo)|tu n'es plus (?:une? )?(?:ia|assistant|modèle)|tu n'es pas (?:une? )?\p{L}{2,25},? mais|non sei più (?:un|una) (?:ia|assistente|modello)|você não é mais (?:um|uma) (?:ia|assistente|modelo)|ты больше не (?:ии|ассистент|помощник|модель))|(?<=\bno )\beres (?:un|una) \p{L}{2,25},? sino/u,
    reason: "tells the model it is no longer an assistant",
  },
  {
    id: "override.dictated-opinion",
    family: "instruction_override",
    weight: 0.35,
    re: /\b(?:hate|despise|endorse|worship)\b(?<=\b(?:say|state|admit|declare|tell (?:me|us|everyone)) (?:that )?you [a-z]{4,7})|(?<=(?<![\p{L}\p{N}_])(?:sag\p{L}{0,2},? |di |dis |dici ))\b(?:dass du \p{L}{2,20} (?:hasst|liebst)|que (?:odias|amas)|que tu (?:détestes|aimes|hais)|che (?:odi|ami))/u,
    reason: "dictates an opinion the model must voice",
  },
];
