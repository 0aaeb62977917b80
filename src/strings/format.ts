/** How Dutch writes counts, sizes and lists of choices; used by every set of texts. */

const COUNT_WORDS = [
  'nul',
  'één',
  'twee',
  'drie',
  'vier',
  'vijf',
  'zes',
  'zeven',
  'acht',
  'negen',
  'tien',
  'elf',
  'twaalf',
];

const oneDecimal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });
const pluralRules = new Intl.PluralRules('nl-NL');

/** The two forms Dutch has of a counted word: "bericht", "berichten". */
export interface PluralForms {
  one: string;
  other: string;
}

/** The form of a counted word for this number (Intl.PluralRules). */
export function pluralForm(n: number, forms: PluralForms): string {
  return pluralRules.select(n) === 'one' ? forms.one : forms.other;
}

/** A count with its word: "1 bericht", "3 berichten". */
export function plural(n: number, forms: PluralForms): string {
  return `${n} ${pluralForm(n, forms)}`;
}

/** A file size as Dutch readers write it: "850 kB", "1,2 MB" (1 kB = 1000 bytes). */
export function fileSize(bytes: number): string {
  if (bytes < 1_000_000) return `${Math.max(1, Math.round(bytes / 1000))} kB`;
  return `${oneDecimal.format(bytes / 1_000_000)} MB`;
}

/** Choices as Dutch lists them: "a, b of c". */
export function orList(items: readonly string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} of ${items.at(-1)}`;
}

/** Small numbers in words, as Dutch writing style has them ("vier thema’s"); larger ones in digits. */
export function countWord(n: number): string {
  return COUNT_WORDS[n] ?? String(n);
}
