import { type InjectionRule, rx } from "./injectionRule.js";
import { ARABIC, BENGALI, CJK, CYRILLIC, DEVANAGARI, HANGUL, THAI, wb } from "./rulesMultilingual.js";

// Within-sentence gap, for scripts with and without spaces (as in rulesMultilingual).
const G = "[^.!?\\n。！？]{0,60}";

interface Lang {
  code: string;
  script?: RegExp;
  /**
   * A counterfactual or persuasive frame: "in a parallel world", "let's imagine", "to challenge the
   * status quo". One alternation, or a list of top-level alternatives: a list may move a common
   * leading word into a lookbehind ("(?<=\\bin a )world where") so the rule is tried only where
   * the rarer word occurs (AnchoredRegex anchors after a leading lookbehind).
   */
  frame: string | string[];
  /** A claim about what the answer is: "we could say", "the answer is", "the conclusion is". */
  claim: string;
  /**
   * A verb asking to own up to something: "admit", "confess". Not "acknowledge" or passive forms
   * ("was accepted", "is recognised"): acknowledgement sections and résumés use those with "AI".
   */
  admit: string;
  /** Words for a language model or AI writer. */
  ai: string;
  /** Subject-object-verb languages put the object (the AI) before the verb (the admission). */
  sov?: boolean;
}

// One table entry per language, as in rulesMultilingual: splitting it would scatter the table.
const LANGS: Lang[] = [
  {
    code: "en",
    frame: [
      "(?<=\\bin an? )(?:parallel|alternate|alternative|hypothetical|fictional|imaginary) (?:world|universe|reality|dimension|timeline)",
      "(?<=\\bin a )world (?:where|in which)",
      "imagine (?:a (?:world|scenario|situation) (?:where|in which)|that)",
      "(?<=\\blet(?:'s| us) )(?:imagine|pretend|suppose)",
      "(?<=\\bto )challenge the status quo",
      "(?<=\\bfor the )sake of (?:argument|this exercise)",
    ],
    claim:
      "(?:say|state|claim|conclude|report|assert)\\b[^.!?\\n]{0,20}\\b(?:answer|output|conclusion|capital|sum|total)\\b|(?<=\\bthe )(?:answer|output|conclusion|capital)(?: of [a-z' ]{1,30})? (?:is|could be|would be|might be|should be|will be)",
    admit: "admit|confess",
    ai: "llms?|ai|chatgpt|gpt-?\\d?|language models?|artificial intelligence|chatbots?",
  },
  {
    code: "de",
    frame: [
      "(?<=\\bin einer )(?:parallelwelt|anderen welt|alternativen (?:welt|realität)|welt,? in der|hypothetischen welt)",
      "(?<=\\bin einem )(?:paralleluniversum|parallelen universum|anderen universum|szenario,? in dem)",
      "stell(?:en sie sich|t euch|e dir) vor",
      "nehmen wir an",
      "(?<=\\bum den status )quo in frage zu stellen",
    ],
    claim:
      "sagen,? dass (?:die|der|das) (?:antwort|ausgabe|schlussfolgerung|hauptstadt|summe|ergebnis)|(?<=\\bdie )(?:antwort|ausgabe|schlussfolgerung|hauptstadt)(?: de[rs] \\S{1,20})? (?:ist|lautet|wäre|könnte)",
    admit: "zugeben|zuzugeben|geben wir zu|gebe ich zu|gestehen|eingestehen",
    ai: "ki|llms?|chatgpt|sprachmodells?|künstliche intelligenz",
  },
  {
    code: "es",
    frame: [
      "(?<=\\ben un )(?:mundo|universo) (?:paralelo|alternativo|hipotético|ficticio|donde|en el que)",
      "imagin(?:a|emos|e) (?:un (?:mundo|escenario)|que)",
      "supongamos",
      "pongamos que",
      "(?<=\\bpara )desafiar el statu?s? quo",
    ],
    claim:
      "(?:decir|afirmar|digamos) que (?:la|el) (?:respuesta|conclusión|capital|salida|suma|total|resultado)|(?<=\\b(?:la|el) )(?:respuesta|conclusión|capital|salida)(?: de \\S{1,20})? (?:es|sería|podría ser)",
    admit: "admit(?:amos|ir|o|a)|confes(?:emos|ar|amos)",
    ai: "ia|llms?|chatgpt|modelo de lenguaje|inteligencia artificial",
  },
  {
    code: "fr",
    frame: [
      "(?<=\\bdans un )(?:monde|univers) (?:parallèle|alternatif|hypothétique|fictif|où)",
      "imagin(?:ons|ez) (?:un (?:monde|scénario)|que)",
      "supposons",
      "(?<=\\bpour )remettre en (?:question|cause) le statu quo",
    ],
    claim:
      "(?:dire|affirmer|disons) que (?:la|le) (?:réponse|conclusion|capitale|sortie|somme|total|résultat)|(?<=\\b(?:la|le) )(?:réponse|conclusion|capitale|sortie)(?: d[eu] \\S{1,20})? (?:est|serait|pourrait être)",
    admit: "admett(?:ons|re|ez)|avou(?:ons|er|ez)",
    ai: "ia|llms?|chatgpt|modèle de langage|intelligence artificielle",
  },
  {
    code: "it",
    frame: [
      "(?<=\\bin un )(?:mondo|universo) (?:parallelo|alternativo|ipotetico|immaginario|in cui|dove)",
      "immagin(?:iamo|ate) (?:un (?:mondo|scenario)|che)",
      "supponiamo",
      "(?<=\\bper )sfidare lo status quo",
    ],
    claim:
      "(?:dire|affermare|diciamo) che (?:la|il) (?:risposta|conclusione|capitale|output|somma|totale|risultato)|(?<=\\b(?:la|il) )(?:risposta|conclusione|capitale|output)(?: d\\S{1,4} \\S{1,20})? (?:è|sarebbe|potrebbe essere)",
    admit: "ammett(?:iamo|ere|o)|confess(?:iamo|are)",
    ai: "ia|ai|llms?|chatgpt|modello linguistico|intelligenza artificiale",
  },
  {
    code: "pt",
    frame: [
      "(?<=\\b(?:em um|num) )(?:mundo|universo) (?:paralelo|alternativo|hipotético|onde|em que)",
      "imagin(?:e|emos) (?:um (?:mundo|cenário)|que)",
      "suponhamos",
      "vamos supor",
      "(?<=\\bpara )desafiar o status quo",
    ],
    claim:
      "(?:dizer|afirmar|digamos) que (?:a|o) (?:resposta|conclusão|capital|saída|soma|total|resultado)|(?<=\\b(?:a|o) )(?:resposta|conclusão|capital|saída)(?: d\\S{1,2} \\S{1,20})? (?:é|seria|poderia ser)",
    admit: "admit(?:amos|ir|o)|confess(?:emos|ar)",
    ai: "ia|llms?|chatgpt|modelo de linguagem|inteligência artificial",
  },
  {
    code: "ru",
    script: CYRILLIC,
    frame: [
      "(?<=в )параллельн\\S{0,4} (?:мир\\S{0,2}|вселенн\\S{0,2}|реальност\\S{0,2})",
      "(?<=в )(?:мире|вселенной),? (?:где|в котор)",
      "представ(?:им|ьте) (?:себе )?(?:сценарий|мир|что)",
      "давайте представим",
      "предположим",
      "допустим",
      "чтобы бросить вызов",
    ],
    claim:
      "(?:сказать|утверждать|скажем),? что (?:ответ|вывод|столица|выход|сумма|результат)|(?:ответ|вывод|столица|выход)\\S{0,2} (?:может быть|будет|является|—)",
    admit: "призна(?:ем|ть|ёмся|емся|йте|юсь)",
    ai: "ии|llm|chatgpt|языков\\S{0,3} модел|нейросет|искусственн\\S{0,3} интеллект",
  },
  {
    code: "zh",
    script: CJK,
    frame: "平行(?:世界|宇宙)|另一个世界|在一个[^。！？\\n]{1,12}的世界|想象一下|让我们假设|为了挑战现状",
    claim: "答案(?:是|为|可能是)|结论(?:是|为)|首都(?:是|为)|输出(?:是|为|可能是)|总和(?:是|为)",
    admit: "承认|坦白",
    ai: "llm|ai|人工智能|语言模型|chatgpt",
  },
  {
    code: "ja",
    script: CJK,
    sov: true,
    frame: "パラレルワールド|並行(?:世界|宇宙)|別の世界|異なる世界|想像してみ|仮定しましょう|現状に挑戦",
    claim: "答えは|結論は|首都は|出力は|合計は",
    admit: "認め(?:ましょう|ます|る|て)|告白",
    ai: "llm|ai|人工知能|言語モデル|chatgpt",
  },
  {
    code: "ko",
    script: HANGUL,
    sov: true,
    frame: "평행 ?(?:세계|우주)|다른 세계|가정해 ?봅시다|상상해 ?보세요|(?:현 ?)?상태에 도전|현상에 도전",
    claim: "답은|결론은|수도는|출력은|합계는",
    admit: "인정(?:합시다|합니다|하자|해|하세요|하고)|고백",
    ai: "llm|ai|인공지능|언어 ?모델|chatgpt",
  },
  {
    code: "ar",
    script: ARABIC,
    frame: "في عالم (?:موازي|مواز|بديل|افتراضي|حيث)|في كون موازي|لنفترض|تخيل أن|لتحدي الوضع الراهن",
    claim:
      "(?:نقول|يقال|لنقل) (?:أن|إن) (?:الإجابة|الجواب|الاستنتاج|العاصمة|الناتج|المجموع)|(?:الإجابة|الجواب|الاستنتاج|العاصمة|الناتج) (?:هي|هو|قد تكون)",
    admit: "نعترف|اعترف|لنعترف",
    ai: "llm|الذكاء الاصطناعي|نموذج لغوي|chatgpt",
  },
  {
    code: "hi",
    script: DEVANAGARI,
    sov: true,
    frame: "समानांतर (?:दुनिया|ब्रह्मांड)|एक ऐसी दुनिया में|कल्पना कीजिए|कल्पना करें|मान लीजिए कि|यथास्थिति को चुनौती",
    claim: "(?:उत्तर|निष्कर्ष|राजधानी|आउटपुट)[^।.!?\\n]{0,30}(?:है|हो सकता)",
    admit: "स्वीकार (?:करें|करते|करता|करती|कर लें|करना)|कबूल",
    ai: "llm|एआई|ai|कृत्रिम बुद्धि|भाषा मॉडल|chatgpt",
  },
  {
    code: "bn",
    script: BENGALI,
    sov: true,
    frame: "সমান্তরাল (?:বিশ্বে|মহাবিশ্বে|জগতে)|এমন একটি (?:বিশ্বে|জগতে)|কল্পনা করুন|ধরা যাক|স্থিতাবস্থাকে চ্যালেঞ্জ",
    claim: "(?:উত্তর|উপসংহার|রাজধানী|আউটপুট|যোগফল)[^।.!?\\n]{0,30}(?:হল|হলো|হয়|হতে পারে)",
    admit: "স্বীকার (?:করুন|করি|করা|করে নিই|করছি|করে নিন)",
    ai: "llm|এআই|ai|কৃত্রিম বুদ্ধিমত্তা|ভাষা মডেল|chatgpt",
  },
  {
    code: "tr",
    sov: true,
    frame: [
      "paralel (?:bir )?(?:dünyada|evrende)",
      "(?<=\\b(?:bir|başka bir) )dünyada",
      "hayal edelim",
      "varsayalım",
      "farz edelim",
      "(?<=\\bstatükoya )meydan",
    ],
    claim:
      "(?:cevap|yanıt|başkent|çıktı|toplam)\\S{0,6} [^.!?\\n]{0,30}(?:olabilir|diyebiliriz|söyleyebiliriz|belirtebiliriz)",
    admit: "kabul ed(?:iyorum|elim|iyoruz|in|eriz)|itiraf ed",
    ai: "llm|yapay zeka|dil modeli|chatgpt",
  },
  {
    code: "id",
    frame: [
      "(?<=\\bdi )(?:dunia|alam semesta) (?:paralel|lain|alternatif|di mana)",
      "bayangkan (?:sebuah|bahwa)",
      "misalkan",
      "andaikan",
      "(?<=\\buntuk )menantang status quo",
    ],
    claim:
      "(?:mengatakan|menyatakan|katakanlah)(?: bahwa)? (?:jawaban|kesimpulan|ibu ?kota|keluaran|jumlah|total)|(?:jawaban|kesimpulan|ibu ?kota|keluaran)(?:nya)? (?:adalah|ialah|bisa jadi)",
    admit: "akui|mengakui",
    ai: "llm|ai|kecerdasan buatan|model bahasa|chatgpt",
  },
  {
    code: "vi",
    frame: [
      "(?<=trong (?:một )?)(?:thế giới|vũ trụ) (?:song song|khác|giả định|nơi)",
      "hãy tưởng tượng",
      "giả sử",
      "(?<=để )thách thức hiện trạng",
    ],
    claim:
      "(?:nói|khẳng định|cho rằng)(?: rằng)? (?:câu trả lời|kết luận|thủ đô|đầu ra|tổng)|(?:câu trả lời|kết luận|thủ đô|đầu ra) (?:là|có thể là)",
    admit: "thừa nhận|thú nhận",
    ai: "llm|ai|trí tuệ nhân tạo|mô hình ngôn ngữ|chatgpt",
  },
  {
    code: "tl",
    frame: [
      "(?<=\\bsa isang )(?:parallel na mundo|paralelong mundo|paralel na uniberso|ibang mundo|mundo kung saan)",
      "isipin (?:natin|mo) ang isang",
      "ipagpalagay (?:natin|na)",
      "(?<=\\bpara )hamunin ang status quo",
    ],
    claim:
      "(?:masasabi|sabihin) (?:natin|nating|namin)(?: na)? ang (?:sagot|konklusyon|kabisera|output|kabuuan)|(?<=\\bang )(?:sagot|konklusyon|kabisera|output) (?:ay|ng)",
    admit: "aminin",
    ai: "llms?|ai|chatgpt|language model|artificial intelligence",
  },
  {
    code: "th",
    script: THAI,
    frame: "โลกคู่ขนาน|จักรวาลคู่ขนาน|ในโลกที่|ลองจินตนาการ|สมมติว่า|เพื่อท้าทายสถานะเดิม",
    claim: "คำตอบคือ|ข้อสรุปคือ|เมืองหลวงคือ",
    admit: "ลองยอมรับ|ยอมรับว่า|ขอยอมรับ|สารภาพ",
    ai: "llm|ai|ปัญญาประดิษฐ์|โมเดลภาษา|chatgpt",
  },
];

// In word-spaced languages the admission verb ends at a word end ("admittedly", "confessional").
const END = "(?![\\p{L}\\p{N}_])";
// "ai", "ia" and "ии" are short: a letter of the same script must not touch them ("said", "media",
// "информации"), while a CJK particle may ("AIが", "AI가"). No rule starts with them: the anchor
// scan would stop at every "ai" of every English text. Where the AI comes first (subject-object-
// verb languages), it sits in a lookbehind and the rule is tried at the admission verb.
const NEAR = "a-z0-9_\\u00c0-\\u024f\\u0400-\\u04ff";
const aiWord = (ai: string) => `(?<![${NEAR}])(?:${ai})(?![${NEAR}])`;

const LEADING_LOOKBEHIND = /^\(\?<=(?:[^()]|\((?:[^()]|\([^()]*\))*\))*\)/;
/** A word boundary before the frame's first word, after its leading lookbehind if it has one. */
function withBoundary(frame: string): string {
  const behind = LEADING_LOOKBEHIND.exec(frame)?.[0] ?? "";
  const rest = frame.slice(behind.length);
  return `${behind}${wb(rest)}${rest}`;
}

// One rule per script and technique, not per language: the languages of a script share its gate,
// and the matcher keeps one entry per rule instead of eighteen.
const SCRIPT_NAMES = new Map<RegExp | undefined, string>([
  [undefined, "latn"],
  [CYRILLIC, "cyrl"],
  [CJK, "hani"],
  [HANGUL, "hang"],
  [ARABIC, "arab"],
  [DEVANAGARI, "deva"],
  [THAI, "thai"],
  [BENGALI, "beng"],
]);
const scriptName = (script: RegExp | undefined): string => SCRIPT_NAMES.get(script) ?? "other";

/** The languages grouped by script, in table order. */
function byScript(langs: readonly Lang[]): Lang[][] {
  const groups = new Map<RegExp | undefined, Lang[]>();
  for (const l of langs) groups.set(l.script, [...(groups.get(l.script) ?? []), l]);
  return [...groups.values()];
}

/**
 * Indirect injections that carry no imperative at all, the kind CyberSecEval's "virtualization"
 * and "persuasion" variants hide in web pages, tables, papers, code comments, résumés and image
 * captions: a counterfactual frame that hands the model a different answer ("in a parallel world
 * the capital could be said to be X"), and a line that makes the model's output own up to being
 * machine-written ("let's admit an LLM wrote this"). Both count only inside an embedded
 * document, where a user's own hypotheticals are not.
 */
export const INDIRECT_MULTILINGUAL_RULES: InjectionRule[] = byScript(LANGS).flatMap((group) => {
  const first = group[0] as Lang;
  const gate = first.script ? { script: first.script } : {};
  const codes = group.map((l) => l.code).join(", ");
  return [
    {
      id: `indirect.counterfactual-answer.${scriptName(first.script)}`,
      family: "indirect_injection" as const,
      weight: 0.5,
      inDocument: true,
      ...gate,
      re: rx(group.map(counterfactualSource).join("|")),
      reason: `a document frames a different answer as a hypothetical (${codes})`,
    },
    {
      id: `indirect.admit-ai-author.${scriptName(first.script)}`,
      family: "indirect_injection" as const,
      weight: 0.5,
      inDocument: true,
      ...gate,
      re: rx(group.map(admitSource).join("|")),
      reason: `a document makes the answer confess it was written by an AI (${codes})`,
    },
  ];
});

/** Frame, then a claim about the answer in the same sentence; one top-level branch per frame. */
function counterfactualSource(l: Lang): string {
  const frames = Array.isArray(l.frame) ? l.frame.map(withBoundary) : [`${wb(l.frame)}(?:${l.frame})`];
  return frames.map((f) => `${f}${G}(?:${l.claim})`).join("|");
}

/** An admission verb and an AI word in one sentence, in the language's word order(s). */
function admitSource(l: Lang): string {
  const admitFirst = `${wb(l.admit)}(?:${l.admit})${l.script ? "" : END}${G}${aiWord(l.ai)}`;
  return l.sov ? `(?<=${aiWord(l.ai)}${G})${wb(l.admit)}(?:${l.admit})|${admitFirst}` : admitFirst;
}
