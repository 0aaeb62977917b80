/**
 * Syllables of a Dutch word: the word hyphenated by the Dutch TeX patterns (npm `hyphen`), then
 * the vowel sounds of each part counted, because hyphenation leaves a lone letter at either end
 * of a word unsplit (i-dee, e-ner-gie) and never splits a vowel sound. Loanwords whose spelling
 * hides their sounds (web-site, on-line) are listed.
 */
import dutch from 'hyphen/nl/index.js';

/** Letter groups that sound as one vowel, longest first (a diaeresis always starts a new one). */
const ONE_SOUND = [
  'aai',
  'ooi',
  'oei',
  'eeu',
  'ieu',
  'eau',
  'aa',
  'ee',
  'oo',
  'uu',
  'ie',
  'oe',
  'eu',
  'ei',
  'ij',
  'ui',
  'ou',
  'au',
  'ai',
  'oi',
  'ay',
  'ey',
  'oy',
  'uy',
];
const VOWEL = /[aeiouyáéíóúàèìòùâêîôû]/;
const NEW_SOUND = /[äëïöü]/;

/** English and French words as Dutch residents say them. */
const LOANWORDS: Readonly<Record<string, number>> = {
  website: 2,
  websites: 2,
  site: 1,
  sites: 1,
  online: 2,
  offline: 2,
  update: 2,
  updates: 2,
  team: 1,
  teams: 1,
  service: 2,
  homepage: 2,
  deadline: 2,
  skatebaan: 2,
  skatepark: 2,
  station: 2,
  stations: 2,
  stationsplein: 3,
  care: 1,
  game: 1,
  games: 1,
  flyer: 2,
  flyers: 2,
  workshop: 2,
  workshops: 2,
  make: 1,
  lifestyle: 2,
  timeline: 2,
};

/** The vowel sounds in a part of a word. */
function vowelSounds(part: string): number {
  let sounds = 0;
  let i = 0;
  while (i < part.length) {
    const letter = part[i]!;
    // The u of qu is a consonant (aquarium, enquête).
    if (NEW_SOUND.test(letter) || (VOWEL.test(letter) && !(letter === 'u' && part[i - 1] === 'q'))) {
      const group = NEW_SOUND.test(letter)
        ? letter
        : (ONE_SOUND.find((g) => part.startsWith(g, i)) ?? letter);
      sounds += 1;
      i += group.length;
    } else {
      i += 1;
    }
  }
  return sounds;
}

/** Words already counted: most words of a site recur, and hyphenating is the costly part. */
const counted = new Map<string, number>();

/** Syllables in one word (letters, with hyphens or apostrophes inside: e-mail, foto's); at least 1. */
export function syllables(word: string): number {
  const lower = word.toLowerCase();
  const known = LOANWORDS[lower] ?? counted.get(lower);
  if (known !== undefined) return known;
  const parts = lower
    .split(/[-'’]/)
    .flatMap((piece) => dutch.hyphenateSync(piece, { hyphenChar: '|', minWordLength: 1 }).split('|'));
  const count = Math.max(
    1,
    parts.reduce((sum, part) => sum + vowelSounds(part), 0),
  );
  if (counted.size < 50_000) counted.set(lower, count);
  return count;
}
