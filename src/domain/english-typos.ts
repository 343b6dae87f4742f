// Slips of the keyboard in English questions ("firts aid", "whats on tomorow", "any cources"): the catalogue is German,
// so the search's typo correction (against the catalogue's words) cannot mend English words. The words the parser
// and the synonym list know are mended here instead, where one of them is a single slip away.
import fs from 'node:fs';
import wordListPath from 'word-list';
import { SYNONYMS } from './synonyms.js';

/** The words of asking and the parser's English (dates, facts, offering), which the synonym list does not hold. */
const ASKING_WORDS =
  'tomorrow today tonight yesterday weekend monday tuesday wednesday thursday friday saturday sunday january february ' +
  'march april june july august september october november december morning mornings afternoon afternoons evening ' +
  'evenings month months weeks course courses training trainings seminar seminars workshop workshops session sessions ' +
  'class classes available register registration registered deadline english german online person hybrid remote ' +
  'places seats still anything something there where which about price costs trainer instructor teacher location ' +
  'venue starts start takes begin begins duration beginners beginner advanced managers manager first second third ' +
  'again please thanks thank hello';

/** Literal words of the synonym patterns ("first aid", "minute-taking"): a word between separators, not a regex piece. */
function synonymWords(): string[] {
  const words: string[] = [];
  for (const { pattern } of SYNONYMS) {
    for (const m of pattern.source.matchAll(/(?<=^|[|(\s:])([a-z]{5,})(?=$|[|)\s])/g)) words.push(m[1]!);
  }
  return words;
}

const VOCABULARY = new Set([...ASKING_WORDS.split(/\s+/), ...synonymWords()]);

/** The word with one letter left out, each way, and the word itself: two words one edit apart share one of these. */
const deletions = (w: string) => [w, ...Array.from(w, (_, i) => w.slice(0, i) + w.slice(i + 1))];
/** Known words by their deletions (the symmetric-delete index: a slip's candidates without comparing every word). */
const BY_DELETION = new Map<string, string[]>();
for (const w of VOCABULARY) for (const d of deletions(w)) BY_DELETION.set(d, [...(BY_DELETION.get(d) ?? []), w]);

/** Edit distance with adjacent transpositions ("firts"), stopped early beyond `max`. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    let rowMin = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
  }
  return d[a.length]![b.length]!;
}

/** English words (word-list): a real word is never taken for a slip ("charge" is no "change"). Read when first needed. */
let english: Set<string> | undefined;
const isEnglish = (word: string) => (english ??= new Set(fs.readFileSync(wordListPath, 'utf8').split('\n'))).has(word);

/**
 * The one known word a slip away, if exactly one is, or one with the same first letter (one slip only: "presentaion"
 * is no "prevention").
 */
function mended(word: string): string | undefined {
  const candidates = new Set(deletions(word).flatMap((d) => BY_DELETION.get(d) ?? []));
  const near = [...candidates].filter((w) => distance(word, w, 1) <= 1);
  // A slip seldom hits the first letter: "writting" is "writing", not "gritting".
  const sameStart = near.filter((w) => w[0] === word[0]);
  return near.length === 1 ? near[0] : sameStart.length === 1 ? sameStart[0] : undefined;
}

/** The question words slipped in four letters or fewer, too short to mend by distance ("Wher is …", "waht does …"). */
const SHORT_SLIPS: Record<string, string> = {
  wher: 'where',
  whre: 'where',
  waht: 'what',
  whta: 'what',
  wehn: 'when',
  whne: 'when',
  hwo: 'how',
  teh: 'the',
};

/**
 * Mends the known English words of a question typed with a slip. Words of five letters or more only, none that is a
 * word of its own (`isWord`, the parser's; or an English one: "three" is no slip of "there"), lower-case ones (a
 * capital inside the sentence is a name: "Kamen", "Frau Lange"), and only where no other known word is as near.
 */
export function mendEnglishTypos(text: string, isWord: (lower: string) => boolean): string {
  return text.replace(/\p{L}+/gu, (word, offset: number) => {
    const lower = word.toLowerCase();
    const short = SHORT_SLIPS[lower];
    if (short) return word === lower ? short : short[0]!.toUpperCase() + short.slice(1);
    if (lower.length < 5 || VOCABULARY.has(lower) || isWord(lower) || !/^[a-z]+$/.test(lower)) return word;
    if (isEnglish(lower)) return word;
    if (word !== lower && !(offset === 0 || /[.!?]\s*$/.test(text.slice(0, offset)))) return word;
    const fix = mended(lower);
    if (!fix) return word;
    return word === lower ? fix : fix[0]!.toUpperCase() + fix.slice(1);
  });
}
