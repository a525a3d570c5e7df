import { DataSet, englishDataset, parseRawPattern } from "obscenity";
import type { ToxicityCategory } from "./toxicityCategories.js";

// obscenity's English terms grouped by the category they signal; the rest count as profanity.
const OBSCENITY_SLURS = [
  "abo",
  "abeed",
  "africoon",
  "arabush",
  "boonga",
  "chingchong",
  "chink",
  "dyke",
  "fag",
  "kike",
  "negro",
  "nigger",
  "retard",
  "spastic",
  "tranny",
];
const SEXUAL = new Set([
  "anal",
  "bestiality",
  "blowjob",
  "buttplug",
  "cum",
  "deepthroat",
  "dildo",
  "doggystyle",
  "double penetration",
  "ejaculate",
  "felch",
  "fellatio",
  "finger bang",
  "fisting",
  "gangbang",
  "handjob",
  "hentai",
  "incest",
  "jerk off",
  "jizz",
  "lubejob",
  "masturbate",
  "orgasm",
  "orgy",
  "porn",
  "rape",
  "semen",
  "sex",
  "pussy",
  "cock",
  "penis",
  "vagina",
  "tit",
  "boob",
]);
// Anatomical and clinical words: sexual in a crude sentence, but alone they are health or
// biology, so they weigh less than the threshold and only add to other evidence.
const CLINICAL = new Set(["sex", "vagina", "penis", "semen"]);

/**
 * Common English name-calling words (obscenity pattern syntax: `|` is a word edge, `[x]` an
 * optional letter, needed where obscenity's duplicate-collapsing transformer folds double letters).
 * obscenity's list has profanity and slurs but no plain insults such as "idiot".
 */
const INSULTS: readonly [word: string, pattern: string][] = [
  ["idiot", "|idiot"],
  ["moron", "|moron"],
  ["imbecile", "|imbecil"],
  ["cretin", "|cretin|"],
  ["dimwit", "|dimwit"],
  ["nitwit", "|nitwit"],
  ["halfwit", "|halfwit"],
  ["numbskull", "|numbskul"],
  ["dumbass", "|dumbas"],
  ["jackass", "|jackas"],
  ["douchebag", "|douch"],
  ["scumbag", "|scumbag"],
  ["scum", "|scum|"],
  ["lowlife", "|lowlife"],
  ["lunatic", "|lunatic"],
  ["buffoon", "|buf[f]o[o]n"],
  ["libtard", "|libtard"],
  ["trumptard", "|trumptard"],
  ["fucktard", "|fucktard"],
];
/** Well-known ethnic and religious slurs (from public slur lists) that obscenity's list lacks. */
const MORE_SLURS: readonly [word: string, pattern: string][] = [
  ["spic", "|spic|"],
  ["wetback", "|wetback"],
  ["beaner", "|beaner"],
  ["raghead", "|raghead"],
  ["towelhead", "|towelhead"],
  ["gook", "|go[o]k[s]|"],
  ["white trash", "|white trash"],
  ["half-breed", "|half[-]bre[e]d"],
  ["muzzie", "|muz[z]ie"],
];
const SLURS = new Set([...OBSCENITY_SLURS, ...MORE_SLURS.map(([word]) => word)]);
const INSULT_WORDS = new Set(INSULTS.map(([word]) => word));

/** obscenity's English data set plus the insults and slurs above, each phrase tagged with its word. */
export const TOXICITY_DATASET = [...INSULTS, ...MORE_SLURS].reduce(
  (set, [word, source]) =>
    set.addPhrase((p) => p.setMetadata({ originalWord: word }).addPattern(parseRawPattern(source))),
  new DataSet<{ originalWord: string }>().addAll(englishDataset),
);

const WEIGHT: Partial<Record<ToxicityCategory, number>> = { hate: 0.9, sexual: 0.6, insult: 0.6, profanity: 0.5 };

/**
 * The category a matched lexicon word signals and how much it weighs alone (the detector's
 * threshold is 0.5); `clinical` words should count once however many appear (a biology text).
 */
export function lexiconCategory(word: string): { category: ToxicityCategory; weight: number; clinical: boolean } {
  const category: ToxicityCategory = SLURS.has(word)
    ? "hate"
    : SEXUAL.has(word)
      ? "sexual"
      : INSULT_WORDS.has(word)
        ? "insult"
        : "profanity";
  const clinical = CLINICAL.has(word);
  return { category, weight: clinical ? 0.3 : (WEIGHT[category] ?? 0.5), clinical };
}
