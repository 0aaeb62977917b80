/**
 * An idea's reference, its file's name: the year it came in and a number of three or more digits
 * (2027-014, 2031-1204), as the content type reads it (src/lib/content/types/ideas.ts; a unit
 * test keeps the two the same, as the functions may not load the content model). And where the
 * files are in the repository.
 */

export const REFERENCE = /^(\d{4})-(\d{3,})$/;

/** content/ideeen/, and the folders whose files an idea may name. */
export const IDEAS_FOLDER = 'content/ideeen';
export const PROJECTS_FOLDER = 'content/projecten';
export const NEIGHBOURHOODS_FOLDER = 'content/buurten';

export const referenceOf = (year: number, number: number): string =>
  `${year}-${String(number).padStart(3, '0')}`;

export const pathOf = (reference: string): string => `${IDEAS_FOLDER}/${reference}.md`;

/** The year and number of a reference, or null when it is none. */
export function readReference(reference: string): { year: number; number: number } | null {
  const match = REFERENCE.exec(reference);
  return match ? { year: Number(match[1]), number: Number(match[2]) } : null;
}

/** The highest number of a year among file names in the folder (2027-014.md); 0 when there is none. */
export function highestNumber(fileNames: readonly string[], year: number): number {
  let highest = 0;
  for (const name of fileNames) {
    const read = name.endsWith('.md') ? readReference(name.slice(0, -3)) : null;
    if (read?.year === year && read.number > highest) highest = read.number;
  }
  return highest;
}
