import { type InjectionRule, rx } from "./injectionRule.js";

// Within-sentence gap for scripts without spaces (CJK) and with them.
const G = "[^.!?\\n。！？]{0,40}";

interface Lang {
  code: string;
  /** Set for languages in a non-Latin script: their rules are skipped for text without it. */
  script?: RegExp;
  ignore: string;
  previous: string;
  mode: string;
  secret: string;
}

/**
 * Override, privileged-mode and secret-probing cues in the major languages other than English
 * (the English rules live in rulesOverride/rulesExtraction). Each language lists its verbs for
 * "ignore/forget", its words for "previous instructions", "system/developer mode" and "password".
 */
export const CYRILLIC = /[\u0400-\u04ff]/;
export const CJK = /[\u3040-\u30ff\u3400-\u9fff]/;
export const HANGUL = /[\uac00-\ud7af\u1100-\u11ff]/;
export const ARABIC = /[\u0600-\u06ff]/;
const HEBREW = /[\u0590-\u05ff]/;
export const DEVANAGARI = /[\u0900-\u097f]/;
export const BENGALI = /[\u0980-\u09ff]/;
export const THAI = /[\u0e00-\u0e7f]/;
const GREEK = /[\u0370-\u03ff]/;

// This file runs past 150 lines because it is one table with an entry per language; splitting it
// by language would scatter the table.
const LANGS: Lang[] = [
  {
    code: "de",
    ignore:
      "ignorier\\w{0,3}|vergiss|vergessen sie|missachte\\w{0,2}|überg[eu]h\\w{0,3}|beachte\\w{0,2} nicht|hinter sich|aus dem kopf|sind irrelevant|nicht mehr gültig",
    previous:
      "(?:vorherige\\w{0,2}|bisherige\\w{0,2}|obige\\w{0,2}|vorangegangene\\w{0,2}|alle\\w{0,2}|früheren?) (?:anweisungen|instruktionen|befehle|regeln|aufgaben|vorgaben|informationen|angaben|aufträge)|alles (?:vorher|davor|bisherige|zuvor)|alles,? was|das obige|das oben",
    mode: "(?:system|entwickler|admin|gott)modus",
    secret: "passwort|kennwort|geheimwort|geheimcode",
  },
  {
    code: "es",
    ignore:
      "ignor[ae]\\w{0,2}|olvid[ae]\\w{0,4}|descart[ae]\\w{0,2}|omit[ae]\\w{0,2}|haz caso omiso|no (?:sigas|hagas caso)",
    previous:
      "(?:instrucciones|indicaciones|órdenes|reglas|directrices|instrucción) (?:anteriores|previas|de arriba|originales|iniciales)|(?:todo|lo) (?:lo )?(?:anterior|que te (?:dije|dijeron))|lo de arriba",
    mode: "modo (?:sistema|desarrollador|dios|administrador)",
    secret: "contraseña|clave secreta|código secreto",
  },
  {
    code: "fr",
    ignore: "ignor\\w{0,4}|oubli\\w{0,4}|ne (?:tiens|tenez) pas compte|fais abstraction",
    previous:
      "(?:instructions|consignes|règles|directives|ordres) (?:précédentes|antérieures|ci-dessus|initiales|d'origine)|tout ce qui précède|tout ce que|ce qui précède|ce qui est au-dessus",
    mode: "mode (?:système|développeur|dieu|administrateur)",
    secret: "mot de passe|code secret|clé secrète",
  },
  {
    code: "it",
    ignore: "ignora\\w{0,2}|dimentica\\w{0,2}|non (?:seguire|considerare)",
    previous:
      "(?:istruzioni|indicazioni|regole|direttive|ordini) (?:precedenti|sopra|iniziali|originali)|tutto (?:quello|ciò) che|quanto (?:detto )?sopra",
    mode: "modalità (?:sistema|sviluppatore|dio|amministratore)",
    secret: "parola d'ordine|codice segreto",
  },
  {
    code: "pt",
    ignore: "ignor[ae]\\w{0,2}|esqueç\\w{0,2}|esquec\\w{0,2}|desconsider\\w{0,2}|não (?:siga|obedeça)",
    previous:
      "(?:instruções|instrucoes|orientações|regras|diretrizes|ordens) (?:anteriores|acima|prévias|iniciais|originais)|tudo (?:o )?que|o acima|o que está acima",
    mode: "modo (?:sistema|desenvolvedor|deus|administrador)",
    secret: "senha|palavra-passe|código secreto",
  },
  {
    code: "nl",
    ignore: "negeer|vergeet|negeren",
    previous:
      "(?:vorige|eerdere|bovenstaande|voorgaande|alle) (?:instructies|opdrachten|regels|aanwijzingen)|alles (?:wat|hierboven)",
    mode: "(?:systeem|ontwikkelaars?)modus",
    secret: "wachtwoord|geheime code",
  },
  {
    code: "pl",
    ignore: "zignoruj|ignoruj|zapomnij|pomiń",
    previous: "(?:poprzednie|wcześniejsze|powyższe|wszystkie) (?:instrukcje|polecenia|zasady|wytyczne)|powyższe",
    mode: "tryb (?:systemowy|dewelopera|boga)",
    secret: "hasło|hasla|tajny kod",
  },
  {
    code: "tr",
    ignore: "yok say|görmezden gel|unut|dikkate alma|göz ardı et",
    previous:
      "(?:önceki|yukarıdaki|tüm|bütün) (?:talimatları|talimatlar|komutları|kuralları|yönergeleri)|yukarıdakileri",
    mode: "sistem modu|geliştirici modu",
    secret: "şifre|parola|gizli kod",
  },
  {
    code: "ru",
    script: CYRILLIC,
    ignore: "игнорир\\S{0,5}|проигнорир\\S{0,5}|забуд\\S{0,3}|не обращай\\S{0,2} внимания|пренебреги",
    previous:
      "(?:предыдущ\\S{0,3}|прежн\\S{0,3}|вышеуказанн\\S{0,3}|все|всё|прошл\\S{0,3}) (?:инструкци\\S{0,3}|указани\\S{0,3}|команд\\S{0,3}|правил\\S{0,3})|всё,? что",
    mode: "(?:режим (?:системы|разработчика|бога|администратора)|системн\\S{0,3} режим)",
    secret: "пароль|секретн\\S{0,3} (?:код|ключ|слово)",
  },
  {
    code: "uk",
    script: CYRILLIC,
    ignore: "ігноруй\\S{0,2}|забудь\\S{0,2}",
    previous: "(?:попередні|усі|всі) (?:інструкції|вказівки|команди)",
    mode: "режим (?:системи|розробника)",
    secret: "пароль",
  },
  {
    code: "zh",
    script: CJK,
    ignore: "忽略|忽视|无视|忘记|忘掉|不要理会|不理会|跳过",
    previous:
      "(?:之前|以前|先前|上面|上述|以上|前面|所有|原来|原先)[的]?(?:所有)?(?:的)?(?:指令|指示|说明|规则|命令|提示|要求|内容|文字)",
    mode: "(?:系统|开发者|开发人员|管理员|上帝)模式",
    secret: "密码|口令|秘钥|密钥",
  },
  {
    code: "ja",
    script: CJK,
    ignore: "無視|忘れ",
    previous: "(?:以前|前|上記|これまで|先|すべて|全て)(?:の(?:指示|命令|ルール|指令|プロンプト))?",
    mode: "(?:システム|開発者|管理者)モード",
    secret: "パスワード|暗証番号|秘密の(?:鍵|コード)",
  },
  {
    code: "ko",
    script: HANGUL,
    ignore: "무시|잊어|잊고",
    previous: "(?:이전|앞의|위의|모든|기존)\\s?(?:의 )?(?:지시|지침|명령|규칙|지시사항|명령어|내용|것)",
    mode: "(?:시스템|개발자|관리자) 모드",
    secret: "비밀번호|암호|패스워드",
  },
  {
    code: "ar",
    script: ARABIC,
    ignore: "تجاهل|انس|إنس|لا تتبع",
    previous: "(?:التعليمات|الأوامر|التوجيهات|القواعد) (?:السابقة|أعلاه)|كل ما سبق",
    mode: "وضع (?:النظام|المطور)",
    secret: "كلمة (?:المرور|السر)",
  },
  {
    code: "fa",
    script: ARABIC,
    ignore: "نادیده بگیر|فراموش کن",
    previous: "(?:دستورالعمل|دستورات|قوانین)\\S{0,3} (?:قبلی|پیشین)",
    mode: "حالت (?:سیستم|توسعه‌دهنده)",
    secret: "رمز عبور|گذرواژه",
  },
  {
    code: "he",
    script: HEBREW,
    ignore: "התעלם|שכח",
    previous: "(?:ההוראות|הפקודות|הכללים) (?:הקודמות|הקודמים)",
    mode: "מצב (?:מערכת|מפתח)",
    secret: "סיסמה|סיסמא",
  },
  {
    code: "hi",
    script: DEVANAGARI,
    ignore: "अनदेख\\S{0,2}|नज़रअंदाज़|नजरअंदाज|भूल जाओ|भूल जाएं|उपेक्षा|अवहेलना",
    previous: "(?:पिछले|पिछली|पहले के|पूर्व|सभी|ऊपर के|ऊपर दिए) (?:निर्देश\\S{0,3}|आदेश\\S{0,3}|नियम\\S{0,3})|ऊपर\\S{0,4}",
    mode: "सिस्टम मोड|डेवलपर मोड",
    secret: "पासवर्ड|गुप्त कोड",
  },
  {
    code: "bn",
    script: BENGALI,
    ignore: "উপেক্ষা|ভুলে যাও",
    previous: "(?:আগের|পূর্ববর্তী|সমস্ত) (?:নির্দেশ\\S{0,4}|আদেশ\\S{0,4})|উপরের\\S{0,6}",
    mode: "সিস্টেম মোড",
    secret: "পাসওয়ার্ড",
  },
  {
    code: "id",
    ignore: "abaikan|lupakan|jangan ikuti",
    previous: "(?:semua )?(?:instruksi|perintah|petunjuk|aturan) (?:sebelumnya|di atas|awal)|yang di atas",
    mode: "mode (?:sistem|pengembang)",
    secret: "kata sandi|sandi",
  },
  {
    code: "vi",
    ignore: "bỏ qua|phớt lờ|quên",
    previous:
      "(?:tất cả )?(?:các )?(?:hướng dẫn|chỉ dẫn|lệnh|quy tắc|chỉ thị) (?:trước|trước đó|ở trên)|(?:những )?điều (?:ở )?trên",
    mode: "chế độ (?:hệ thống|nhà phát triển)",
    secret: "mật khẩu",
  },
  {
    code: "sw",
    ignore: "puuza|sahau",
    previous: "maagizo (?:yote )?(?:ya awali|yaliyotangulia|yaliyopita)",
    mode: "hali ya mfumo",
    secret: "nenosiri",
  },
  {
    code: "el",
    script: GREEK,
    ignore: "αγνοήστε|αγνόησε|ξεχάστε|ξέχασε",
    previous: "(?:τις |όλες τις )?(?:προηγούμενες|παραπάνω) (?:οδηγίες|εντολές)",
    mode: "λειτουργία συστήματος",
    secret: "κωδικ\\S{0,2} πρόσβασης",
  },
  {
    code: "tl",
    ignore: "huwag pansinin|balewalain|kalimutan",
    previous: "(?:mga )?(?:nakaraang|naunang|lahat ng) (?:tagubilin|instruksyon|utos)",
    mode: "system mode",
    secret: "lihim na code",
  },
  {
    code: "th",
    script: THAI,
    ignore: "เพิกเฉย|ลืม|ไม่ต้องสนใจ|อย่าไปสนใจ|ไม่สนใจ",
    previous: "(?:คำสั่ง|คำแนะนำ)(?:ก่อนหน้า|ทั้งหมด)|ข้างต้น",
    mode: "โหมดระบบ",
    secret: "รหัสผ่าน",
  },
];

/**
 * A leading word boundary. `\b` when every alternative starts with an ASCII letter; when some
 * start with another Latin letter ("ü", "ó"), a Unicode-aware "no letter, digit or _ before"
 * (JavaScript's `\b` is ASCII-only, so it would break those words). Either one stops mid-word
 * matches and lets the detector try the rule only at word starts (see AnchoredRegex). Other
 * scripts get none: Chinese, Japanese and Thai do not separate words with spaces.
 */
export function wb(alternatives: string): string {
  const starts = alternatives.split("|").map((a) => a.replace(/^\(\?:/, "")[0] ?? "");
  if (starts.every((c) => /[a-z]/.test(c))) return "\\b";
  return starts.every((c) => /[a-z\u00c0-\u024f\u1e00-\u1eff]/.test(c)) ? "(?<![\\p{L}\\p{N}_])" : "";
}

// "ignore", "ignored", "ignores" and "ignoring" are English (the English document rule counts
// them); without this the Spanish, French, Italian and Portuguese stems counted one English word
// four times over ("it will ignore a failure" in a code answer).
const ENGLISH_IGNORE = "(?<!\\bignor(?:e|es|ed|ing)?)";

/** The multilingual rule set: override (both word orders), privileged mode, secret probing. */
export const MULTILINGUAL_RULES: InjectionRule[] = LANGS.flatMap((l) => [
  {
    id: `override.${l.code}`,
    family: "instruction_override" as const,
    weight: 0.85,
    ...(l.script ? { script: l.script } : {}),
    re: rx(
      wb(l.ignore),
      "(?:",
      l.ignore,
      ")",
      G,
      "(?:",
      l.previous,
      ")|",
      wb(l.previous),
      "(?:",
      l.previous,
      ")",
      G,
      "(?:",
      l.ignore,
      ")",
    ),
    reason: `asks to ignore earlier instructions (${l.code})`,
  },
  {
    id: `mode.${l.code}`,
    family: "instruction_override" as const,
    weight: 0.6,
    ...(l.script ? { script: l.script } : {}),
    re: rx(wb(l.mode), "(?:", l.mode, ")"),
    reason: `claims a privileged system/developer mode (${l.code})`,
  },
  {
    id: `document-ignore.${l.code}`,
    family: "indirect_injection" as const,
    weight: 0.45,
    inDocument: true,
    ...(l.script ? { script: l.script } : {}),
    re: rx(wb(l.ignore), "(?:", l.ignore, ")", ENGLISH_IGNORE),
    reason: `a document tells the model to ignore something (${l.code})`,
  },
  {
    id: `secret.${l.code}`,
    family: "prompt_extraction" as const,
    weight: 0.2,
    ...(l.script ? { script: l.script } : {}),
    re: rx(wb(l.secret), "(?:", l.secret, ")"),
    reason: `mentions a password or secret (${l.code})`,
  },
]);
