import { gap, type InjectionRule, rx } from "./injectionRule.js";

const RESPONSE = "\\byour (?:response|reply|answer|output|message|summary|translation|next (?:response|reply))s?\\b";

/**
 * Instructions carried inside data the application processes (e-mails, tables, web pages,
 * code), tool-call hijacks and exfiltration, and encoding evasion.
 */
export const INDIRECT_RULES: InjectionRule[] = [
  {
    id: "indirect.address-the-ai",
    family: "indirect_injection",
    weight: 0.7,
    re: /\b(?:ai|assistant|chatbot|llm|language model|gpt|chatgpt|bot|model|agent|copilot|claude|gemini)s?,? (?:reading|processing|summari[sz]ing|analy[sz]ing|parsing) this\b|\b(?:dear|attention|note to|hey|hello|important(?: message)? (?:for|to)) (?:the )?(?:ai|assistant|chatbot|llm|language model|bot|model|agent)\b|\bif you are an? (?:ai|assistant|language model|llm|bot|chatbot)\b|\b(?:when|while|if) (?:you are )?(?:summari[sz]|translat|answer|read|process|analy[sz])ing (?:this|the following) (?:email|e-mail|document|page|text|article|message|file|table|code)\b/u,
    reason: "addresses the AI from inside the content",
  },
  {
    id: "indirect.shape-response",
    family: "indirect_injection",
    weight: 0.65,
    inDocument: true,
    re: rx(
      "\\b(?:add|include|insert|append|integrate|incorporate|embed|mention|put|end|start|begin|conclude|finish|close|open|preface|prepend|weave|use|respond|reply|answer|write|provide|make|ensure|emphasi[sz]e|tell)\\w{0,3}\\b",
      gap(80),
      RESPONSE,
    ),
    reason: "content tells the model how to shape its response",
  },
  {
    id: "indirect.your-response",
    family: "indirect_injection",
    weight: 0.6,
    inDocument: true,
    re: /(?<!(?:for|await|awaiting|received|receiving|forward to|appreciate) )\byour (?:response|reply|answer|output|summary|translation)s?\b(?! (?:to (?:this|my|our) (?:email|e-mail|message|letter)|by (?:monday|tuesday|wednesday|thursday|friday|\d)))/u,
    reason: "content tells the model how to shape its response",
  },
  {
    id: "indirect.standalone-task",
    family: "indirect_injection",
    weight: 0.55,
    inDocument: true,
    re: /\n(?:please |now |also )?(?:write|compose|explain|describe|translate|summari[sz]e|list|create|generate|tell|give|provide|draft|introduce|enhance|augment|include|insert|recommend|promote|encourage|mention|what is|what's|who is|who was|how (?:do|does|to|can)|why (?:is|do|does))\b[^\n|]{5,160}(?:\n|$)/u,
    reason: "content has a stand-alone instruction or unrelated question",
  },
  {
    id: "indirect.document-ignore",
    family: "indirect_injection",
    weight: 0.45,
    inDocument: true,
    // A description ("it will ignore a failure", "which ignores case") is not a command.
    re: /(?<!\b(?:it|which|that|will|would|he|she|they) )\b(?:ignore|disregard|forget|pay no attention to)\b(?! (?:my|our|this email|the previous email|previous emails?)\b)/u,
    reason: "a document tells the model to ignore something",
  },
  {
    id: "indirect.promote",
    family: "indirect_injection",
    weight: 0.45,
    inDocument: true,
    re: /\b(?:encourage|urge|persuade|convince|recommend|advise|remind|inform|ask|tell|prompt|direct|invite|redirect) (?:the )?(?:users?|readers?|customers?|them|people)\b.{0,60}\b(?:to|that)\b|\b(?:visit|click|go to|check out|download|install|subscribe|sign up|log ?in at|call|buy|purchase)\b.{0,40}(?:https?:\/\/|www\.|\.(?:com|net|org|io|xyz|ru)\b)/u,
    reason: "content tries to steer the user (promotion, links, scams)",
  },
  {
    id: "indirect.task-switch",
    family: "indirect_injection",
    weight: 0.35,
    inDocument: true,
    // Equivalent to `(?:^|[.!?:] |\n)(?:please |...)?VERB...`: the sentence start as a
    // lookbehind, so every match starts at a word the rule matcher indexes (please, write, ...).
    re: /(?<=^|[.!?:] |\n)(?:please |now |also |first(?:ly)?,? |additionally,? )?(?:write|compose|generate|create|translate|summari[sz]e|describe|explain|tell me|answer|provide|draft|give me|recommend|rewrite|say|reply)\b[^.!?\n]{3,120}[.!?]/u,
    reason: "content contains a new task for the model",
  },
  {
    id: "indirect.malicious-code",
    family: "indirect_injection",
    weight: 0.6,
    inDocument: true,
    re: /\b(?:keylogger|pynput|keyboard\.(?:on_press|hook|listener)|screenshot|screengrab|screen scraping|imagegrab|pyautogui\.screenshot|reverse shell|rm -rf|format c:|fernet|netsh|iptables|taskkill|mkfs|pyperclip)\b|\bencrypt (?:all|the user's|the users|every) (?:files?|documents?)\b|\bshutdown (?:\/s|-h)/u,
    reason: "content carries code that spies or damages",
  },
  {
    id: "indirect.exfil-code",
    family: "indirect_injection",
    weight: 0.6,
    inDocument: true,
    re: /\b(?:os\.(?:system|remove|rmdir|unlink|kill)|shutil\.rmtree|subprocess\.(?:call|popen|run|check_output)|socket\.(?:connect|send|sendall)|sock\.(?:connect|send|sendall)|requests\.post|urllib\.request\.urlretrieve|urllib\.request\.urlopen|__import__) ?\(|\bexec\(open\(/u,
    reason: "content carries code that runs commands or sends data out",
  },
  {
    id: "indirect.insert-code",
    family: "indirect_injection",
    weight: 0.6,
    inDocument: true,
    re: /\b(?:ensure|integrate|harmoni[sz]e|include|incorporate|embed|blend|add|insert|inject|append|merge|weave|place|put|use|run|execute)\w{0,4}\b.{0,60}\b(?:following|subsequent|below|this|these|provided|given|next) (?:code|snippet|script|lines?|command)s?\b.{0,60}\b(?:your|the user'?s?) (?:code|algorithm|program|script|solution|logic|function|implementation|project|answer|response)\b/u,
    reason: "content tells the model to plant code in its answer",
  },
  {
    id: "tool.hijack",
    family: "tool_hijack",
    weight: 0.6,
    re: /\b(?:call|invoke|execute|run|use|trigger) (?:the )?(?:[a-z_]{2,30}\(|(?:tool|function|plugin|api|command|action)s? [`'"]?[a-z_.]{2,40})|\b(?:send|forward|email|e-mail|post|upload|transfer|exfiltrate|leak)\b.{0,40}\b(?:to|at)\b.{0,12}(?:https?:\/\/|[a-z0-9._-]{1,40}@[a-z0-9-]{1,40}\.[a-z]{2,8}\b|attacker|external|my server)/u,
    reason: "tries to trigger a tool call or send data out",
  },
  {
    id: "tool.markdown-exfil",
    family: "tool_hijack",
    weight: 0.75,
    raw: true,
    re: /!\[[^\]]{0,100}\]\(https?:\/\/[^)\s]{1,200}[?&][a-z_]{1,20}=(?:\{|\$|%7B|\[)/iu,
    reason: "markdown image that would exfiltrate data in its URL",
  },
  {
    id: "encoding.decode-and-follow",
    family: "encoding_evasion",
    weight: 0.55,
    re: /\b(?:decode|decipher|decrypt|translate|convert|interpret|read)\b.{0,40}\b(?:base64|base 64|hex(?:adecimal)?|rot-?13|binary|morse|caesar|cipher|ascii codes?|unicode|leetspeak|reversed?)\b.{0,60}\b(?:follow|execute|obey|do what|perform|carry out|act on|respond|answer|instructions?)\b/u,
    reason: "asks to decode hidden text and follow it",
  },
  {
    id: "encoding.payload-split",
    family: "encoding_evasion",
    weight: 0.5,
    re: /\b(?:execute|follow|answer|respond to|carry out|perform|obey|do)\b.{0,30}\b[a-z]\w{0,8} ?\+ ?[a-z]\w{0,8}\b/u,
    reason: "splits a payload into variables to be joined",
  },
];
