/**
 * Checks across files that a single file's schema cannot make. Each returns the
 * problems it finds as messages that name the file(s), the field and what is expected.
 */
import { normalisePath } from './urls';

export interface Reference {
  file: string;
  field: string;
  collection: string;
  id: string;
}

/** A slug in one file that names no file in the collection it points to. */
export function missingReferences(refs: readonly Reference[], known: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  return refs
    .filter((ref) => !known.get(ref.collection)?.has(ref.id))
    .map((ref) => {
      const options = [...(known.get(ref.collection) ?? [])].sort().join(', ');
      return `${ref.file}: veld "${ref.field}": "${ref.id}" bestaat niet in content/${ref.collection}/ (kies uit: ${options || 'nog niets'})`;
    });
}

export interface Edition {
  file: string;
  edition: number;
}

/** Every edition number is used once. */
export function duplicateEditions(editions: readonly Edition[]): string[] {
  const byNumber = new Map<number, string[]>();
  for (const { file, edition } of editions) byNumber.set(edition, [...(byNumber.get(edition) ?? []), file]);
  return [...byNumber]
    .filter(([, files]) => files.length > 1)
    .map(([edition, files]) => `${files.join(' en ')}: veld "edition": nummer ${edition} komt meer dan eens voor; elke editie heeft een eigen nummer`);
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
    if (owner !== undefined) problems.push(`${item.file}: het adres ${item.url} is al in gebruik door ${owner}; kies een andere bestandsnaam`);
    owners.set(key, item.file);
  }
  for (const item of items) {
    for (const alias of item.aliases) {
      const key = normalisePath(alias);
      const owner = owners.get(key);
      if (owner === undefined) {
        owners.set(key, item.file);
      } else if (owner === item.file) {
        problems.push(`${item.file}: veld "aliases": "${alias}" is het eigen adres van deze pagina of staat er twee keer in`);
      } else {
        problems.push(`${item.file}: veld "aliases": "${alias}" is al in gebruik door ${owner}`);
      }
    }
  }
  return problems;
}
