/**
 * Readability per item, for the build's warnings and `npm run leesbaarheid`: each item's
 * summary and body measured (measures.ts), worst first.
 */
import { measure, readabilityProblems, type Readability } from './measures.ts';
import type { OfficialeseEntry } from './officialese.ts';
import { textBlocks } from './text-blocks.ts';

export interface ItemText {
  /** The file, as the build names it. */
  file: string;
  summary: string;
  /** The Markdown body. */
  body: string;
}

export interface MeasuredItem {
  file: string;
  readability: Readability;
  /** What misses a threshold, one short Dutch line each. */
  problems: string[];
}

export function measureItems(
  items: readonly ItemText[],
  officialese: readonly OfficialeseEntry[],
): MeasuredItem[] {
  return items
    .map(({ file, summary, body }) => {
      const readability = measure(textBlocks(body, summary), officialese);
      return { file, readability, problems: readabilityProblems(readability) };
    })
    .sort(
      (a, b) =>
        b.problems.length - a.problems.length ||
        a.readability.fleschDouma - b.readability.fleschDouma ||
        a.file.localeCompare(b.file),
    );
}

/** The build's warning: one line per item that misses a threshold, and where to read more. */
export function readabilityWarning(items: readonly MeasuredItem[]): string | null {
  const missing = items.filter((item) => item.problems.length > 0);
  if (missing.length === 0) return null;
  return [
    `Leesbaarheid (taalniveau B1): ${missing.length} ${missing.length === 1 ? 'tekst haalt' : 'teksten halen'} de grens niet. Dit houdt niets tegen; de site wordt gewoon gebouwd.`,
    ...missing.map((item) => `  - ${item.file}: ${item.problems.join('; ')}`),
    '  Welke zinnen en woorden: het voorbeeld in de redactieomgeving, of npm run leesbaarheid (die meet ook het archief van meer dan een jaar oud).',
  ].join('\n');
}
