/**
 * Every page has an address of its own: no two files, no file and a fixed page of the site, and no
 * two old addresses (aliases) may share one; nothing may sit under the editor's prefix; and a
 * file of a type whose list is paged by number (/nieuws/2/) may not be named by a number alone.
 */
import { TAKEN_ADDRESSES } from '../../urls/fixed-pages.ts';
import { EDITOR_PREFIX, normalisePath } from '../../urls/routes.ts';
import { CONTENT_TYPES } from '../model.ts';
import type { FileFacts } from './facts.ts';
import { problemIn, type Problem } from './problem.ts';

/** A file's own address, and the old addresses it claims: only once it is online. */
const addressed = (files: readonly FileFacts[]) =>
  files.map((facts) => ({
    file: facts.file,
    address: CONTENT_TYPES[facts.type].page(facts.id),
    aliases: facts.published ? facts.aliases : [],
  }));

/**
 * An address belongs to one page only. A page file may not take a fixed page's address or
 * another file's; an old address may not be any page's own address; and when two files claim the
 * same old address, each is told of the other, since neither owns it more than the other.
 */
export function addressClashes(
  files: readonly FileFacts[],
  fixed: readonly string[] = TAKEN_ADDRESSES,
): Problem[] {
  const pages = new Map<string, string | null>(fixed.map((address) => [normalisePath(address), null]));
  const problems: Problem[] = [];
  const items = addressed(files);
  for (const { file, address } of items) {
    const key = normalisePath(address);
    if (pages.has(key))
      problems.push(problemIn(file, null, { kind: 'address-taken', address, owner: pages.get(key)! }));
    pages.set(key, file);
  }
  const claims = new Map<string, Array<{ file: string; alias: string }>>();
  for (const { file, aliases } of items) {
    for (const alias of aliases) {
      const key = normalisePath(alias);
      const page = pages.get(key);
      const claimed = claims.get(key) ?? [];
      if (page === file || claimed.some((claim) => claim.file === file)) {
        problems.push(problemIn(file, 'aliases', { kind: 'alias-own', alias }));
      } else if (pages.has(key)) {
        problems.push(problemIn(file, 'aliases', { kind: 'alias-taken', alias, owner: page ?? null }));
      } else {
        claims.set(key, [...claimed, { file, alias }]);
      }
    }
  }
  for (const claimed of claims.values()) {
    for (const { file, alias } of claimed) {
      for (const other of claimed.filter((claim) => claim.file !== file)) {
        problems.push(problemIn(file, 'aliases', { kind: 'alias-taken', alias, owner: other.file }));
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
export function editorAddresses(files: readonly FileFacts[], prefix = EDITOR_PREFIX): Problem[] {
  const isEditors = (path: string) => path.toLowerCase().startsWith(prefix.toLowerCase());
  return addressed(files).flatMap(({ file, address, aliases }) => [
    ...(isEditors(address) ? [problemIn(file, null, { kind: 'editor-address', address, prefix })] : []),
    ...aliases
      .filter(isEditors)
      .map((alias) => problemIn(file, 'aliases', { kind: 'editor-alias', alias, prefix })),
  ]);
}

/** Why a slug may not be used in a type whose list is paged by number, or null. */
export function numberSlugIssue(slug: string, list: string | undefined): Problem['issue'] | null {
  return list !== undefined && /^\d+$/.test(slug) ? { kind: 'number-slug', slug, list } : null;
}

/** /nieuws/2/ is page 2 of the news list, so a news file may not be named only by a number. */
export function numberSlugs(files: readonly FileFacts[]): Problem[] {
  return files.flatMap(({ type, file, id }) => {
    const issue = numberSlugIssue(id, CONTENT_TYPES[type].numberedList);
    return issue ? [problemIn(file, null, issue)] : [];
  });
}
