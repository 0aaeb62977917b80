/**
 * Checks across files that a single file's schema cannot make. Each returns the
 * problems it finds as messages that name the file(s), the field and what is expected.
 */
import { normalisePath } from '../urls/routes.ts';

/** The build's line for a mistake: `file: veld "field": what is expected`. */
export function problemLine(file: string, field: string | null, expected: string): string {
  return field ? `${file}: veld "${field}": ${expected}` : `${file}: ${expected}`;
}

/** The field a problem line names, or null. */
export function fieldOfLine(line: string): string | null {
  return /: veld "([^"]+)": /.exec(line)?.[1] ?? null;
}

export interface Reference {
  file: string;
  field: string;
  collection: string;
  id: string;
}

/** What is wrong with a slug that names no file in its collection, and what to choose from. */
export function unknownSlugMessage(id: string, collection: string, known: Iterable<string>): string {
  const options = [...known].sort().join(', ');
  return `"${id}" bestaat niet in content/${collection}/ (kies uit: ${options || 'nog niets'})`;
}

/** A slug in one file that names no file in the collection it points to. */
export function missingReferences(
  refs: readonly Reference[],
  known: ReadonlyMap<string, ReadonlySet<string>>,
): string[] {
  return refs
    .filter((ref) => !known.get(ref.collection)?.has(ref.id))
    .map(
      (ref) =>
        `${ref.file}: veld "${ref.field}": ${unknownSlugMessage(ref.id, ref.collection, known.get(ref.collection) ?? [])}`,
    );
}

export interface Edition {
  file: string;
  edition: number;
}

/** Every edition number is used once. */
export function duplicateEditions(editions: readonly Edition[]): string[] {
  const byNumber = new Map<number, string[]>();
  for (const { file, edition } of editions) {
    const files = byNumber.get(edition) ?? [];
    files.push(file);
    byNumber.set(edition, files);
  }
  return [...byNumber]
    .filter(([, files]) => files.length > 1)
    .map(
      ([edition, files]) =>
        `${files.join(' en ')}: veld "edition": nummer ${edition} komt meer dan eens voor; elke editie heeft een eigen nummer`,
    );
}

export interface Addressed {
  file: string;
  url: string;
  aliases: readonly string[];
}

/** An old address may point to one page only, and never hide a real page. */
export function aliasClashes(items: readonly Addressed[], otherUrls: readonly string[] = []): string[] {
  const owners = new Map<string, string>();
  for (const url of otherUrls) owners.set(normalisePath(url), 'een vaste pagina van de site');
  const problems: string[] = [];
  for (const item of items) {
    const key = normalisePath(item.url);
    const owner = owners.get(key);
    if (owner !== undefined)
      problems.push(
        `${item.file}: het adres ${item.url} is al in gebruik door ${owner}; kies een andere bestandsnaam`,
      );
    owners.set(key, item.file);
  }
  for (const item of items) {
    for (const alias of item.aliases) {
      const key = normalisePath(alias);
      const owner = owners.get(key);
      if (owner === undefined) {
        owners.set(key, item.file);
      } else if (owner === item.file) {
        problems.push(
          `${item.file}: veld "aliases": "${alias}" is het eigen adres van deze pagina of staat er twee keer in`,
        );
      } else {
        problems.push(`${item.file}: veld "aliases": "${alias}" is al in gebruik door ${owner}`);
      }
    }
  }
  return problems;
}

/**
 * Pages and old addresses that start with the editor's prefix. Netlify's /admin/* header rule
 * matches every path that starts with /admin (also /administratie/), in any case, so such a
 * page would get the editor's looser policy.
 */
export function editorAddressClashes(items: readonly Addressed[], prefix: string): string[] {
  const isEditors = (path: string) => path.toLowerCase().startsWith(prefix.toLowerCase());
  return items.flatMap((item) => [
    ...(isEditors(item.url)
      ? [
          `${item.file}: het adres ${item.url} begint met ${prefix}, dat is voor de redactieomgeving; kies een andere bestandsnaam`,
        ]
      : []),
    ...item.aliases
      .filter(isEditors)
      .map(
        (alias) =>
          `${item.file}: veld "aliases": "${alias}" begint met ${prefix}, dat is voor de redactieomgeving`,
      ),
  ]);
}

/** The known name an editor most likely meant ("draf" -> "draft"), if one is close enough. */
export function closestName(name: string, known: readonly string[]): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const candidate of known) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (distance <= Math.max(1, Math.floor(candidate.length / 3)) && (!best || distance < best.distance)) {
      best = { name: candidate, distance };
    }
  }
  return best?.name;
}

/** A frontmatter key that is not a field of the content type. */
export function unknownFieldMessage(keys: readonly string[], known: readonly string[]): string {
  const named = keys.map((key) => {
    const meant = closestName(key, known);
    return meant ? `"${key}" (bedoelt u "${meant}"?)` : `"${key}"`;
  });
  return `onbekend veld ${named.join(', ')}; toegestane velden zijn: ${known.join(', ')}`;
}

/** Edits (insert, delete, change, swap two neighbours) from a to b: "titel" is one swap from "title". */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const change = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + change);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/** A news file named only by a number would take a page of the news list: why not, and what to do. */
export function numberSlugProblem(id: string, listUrl: string): string | null {
  if (!/^\d+$/.test(id)) return null;
  return `de bestandsnaam "${id}" is alleen een getal, maar ${listUrl}${id}/ is een pagina van het overzicht; zet er een woord bij, bijvoorbeeld "${id}-bericht.md"`;
}

/** /nieuws/2/ is page 2 of the news list, so a news file may not be named only by a number. */
export function pageNumberSlugs(
  items: ReadonlyArray<{ file: string; id: string }>,
  listUrl: string,
): string[] {
  return items.flatMap((item) => {
    const problem = numberSlugProblem(item.id, listUrl);
    return problem ? [`${item.file}: ${problem}`] : [];
  });
}
