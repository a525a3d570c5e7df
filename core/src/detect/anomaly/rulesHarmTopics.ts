import type { InjectionRule } from "./injectionRule.js";

/**
 * Harm categories the first harmful-request rules (rulesJailbreak) leave out, after the policy
 * taxonomies jailbreak benchmarks sample their goals from (JailbreakBench's ten categories,
 * HarmBench, AdvBench): sexual content, discrimination, eating disorders, election and public
 * health disinformation, impersonation and cannibalism-type physical harm. They are weak evidence
 * on their own, since safe questions use the same words (XSTest); they matter next to a role-play
 * wrapper or an optimised suffix, which scoreEvidence reads together with them.
 */
export const HARM_TOPIC_RULES: InjectionRule[] = [
  {
    id: "harm.sexual",
    family: "harmful_request",
    weight: 0.3,
    re: /(?<=\bexplicit )\b(?:sex(?:ual)?|porn\w{0,8}|erotic\w{0,3})\b|\b(?:sex(?:ual)? (?:orgies|orgy|with (?:a )?minors?|slaves?)|orgies|unprotected sex|revenge porn|(?:nude|intimate) (?:images|photos|pictures|selfies)|erotic (?:story|stories|content|scenes?|author|novel)|pornograph(?:y|ic))\b/u,
    reason: "asks for sexual content",
  },
  {
    id: "harm.discrimination",
    family: "harmful_request",
    weight: 0.25,
    re: /(?<=\b(?:over|instead of|rather than|in favou?r of) (?:those|people|candidates|applicants|workers|employees|individuals) (?:with|without) )\bdisabilit(?:y|ies)|(?<=\b(?:discourag\w{1,3}|against|avoid) (?:the )?)\bhiring (?:of )?(?:people|individuals|candidates|women|immigrants|minorities|older)|\b(?:inferior|subhuman)\b|(?<=\bbody[- ])\bshaming\b|\b(?:xenophobic speech|hate speech)\b/u,
    reason: "asks for discriminatory content",
  },
  {
    id: "harm.self-harm",
    family: "harmful_request",
    weight: 0.25,
    // Tried at the behaviour; the lookbehind finds the promoting verb before it.
    re: /\b(?:anorexia|bulimia|purging|vomiting|suicide)\b(?<=\b(?:endors\w{1,3}|promot\w{1,3}|encourag\w{1,3}|glorif\w{1,4}|advocat\w{1,3}) (?:[a-z-]{2,15} ){0,4}[a-z-]{6,12})/u,
    reason: "promotes self-harm or eating disorders",
  },
  {
    id: "harm.disinformation",
    family: "harmful_request",
    weight: 0.3,
    re: /(?<=\b(?:spread(?:ing)?|creat\w{1,3}|writ\w{1,3}) (?:[a-z-]{2,15} ){0,2})\b(?:misinformation|disinformation)\b|(?<=\b(?:influenc\w{1,3}|manipulat\w{1,3}|interfer\w{1,3} (?:with|in)|rig(?:ging)?|swing) (?:the )?(?:\d{4} )?(?:us |u\.s\. |presidential |national )?)\belections?\b|\b(?:5g|vaccines?|masks?) (?:causes?|caused) (?:covid|autism|cancer|infertility)|(?<=\b(?:argu\w{1,3}|claim\w{0,3}|prov\w{1,3}) that (?:the )?)\b(?:holocaust|moon landing|climate change|global warming|covid(?:-19)?) (?:was|is|never)\b/u,
    reason: "asks for election or public-health disinformation",
  },
  {
    id: "harm.violence-extra",
    family: "harmful_request",
    weight: 0.3,
    re: /\b(?:cannibal\w{0,4}|(?:human (?:body|bodies|flesh)|corpse|dead body)(?<=\b(?:kill|dismember|butcher|dispose of|prepare) (?:[a-z,]{1,12} ){0,3}(?:a |the )?[a-z ]{6,13})|ddos attacks|(?:torture|maim|mutilat\w{1,3}) (?:animals?|someone|a person))\b|(?<=\bmass )\b(?:shooting|casualt\w{1,3})\b/u,
    reason: "mentions violence against people or animals",
  },
  {
    id: "harm.impersonation",
    family: "harmful_request",
    weight: 0.25,
    re: /\b(?:fraudulent|fake|spoofed) (?:letter|email|e-mail|message|notice|website|id|passport|documents?|invoice|reviews?) (?:from|posing as|impersonating|pretending to be)\b|\b(?:impersonat\w{1,3}|pretending to be) (?:the )?(?:irs|fbi|police|bank|government|an? (?:official|bank|police officer|doctor))\b/u,
    reason: "asks to impersonate an authority",
  },
  {
    id: "harm.exploitation",
    family: "harmful_request",
    weight: 0.3,
    re: /(?<=\bchild )\blabou?r\b|\b(?:rape drugs?|pedophil\w{1,4}|paedophil\w{1,4}|sex with animals|harvested organs|torture ring|stalk(?:ing)? (?:an? )?(?:ex|woman|girl|person|celebrity)|deepfake (?:porn\w{0,8}|videos? (?:of|to blackmail))|indoctrinat\w{1,5} (?:people|children|followers) into|(?:sexual|labou?r) exploitation)\b|(?<=\bpredatory )\bstalking\b/u,
    reason: "mentions exploitation or abuse of people",
  },
  {
    id: "harm.fraud-extra",
    family: "harmful_request",
    weight: 0.25,
    re: /\b(?:bribe (?:an? |the )?(?:official|judge|officer|politician|university)|pirat(?:e|ing) (?:content|movies|software|music)|scam (?:people|victims|the elderly|users)|(?:fabricated|fake) (?:customer )?reviews|forg(?:e|ing) (?:documents|signatures|papers|passports|records)|tamper(?:ing)? with (?:voting|ballots|election|evidence|monitoring)|clone (?:debit|credit) cards|falsif(?:y|ying) (?:documents|records|tax)|pyramid scheme|ponzi scheme|(?:cheat|rig) (?:a |the )?(?:smog test|slot machines?|exam))\b|(?<=\bhide )\bincome\b/u,
    reason: "mentions fraud, bribery or forgery",
  },
];
