/** A file name such as `achter-de-voordeur.md` is the item's slug and URL segment. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isSlug(value: string): boolean {
  return SLUG_PATTERN.test(value);
}

/** The slug of a content file: its name without folders and extension. */
export function slugFromPath(path: string): string {
  const name = path.split(/[\\/]/).pop() ?? '';
  return name.replace(/\.(md|markdown)$/i, '');
}

/**
 * A suggestion for an editor whose file name is not a valid slug:
 * "Nieuwe Brief (2012).md" -> "nieuwe-brief-2012".
 */
export function suggestSlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Groups paths by slug and returns the groups with more than one file. */
export function findDuplicateSlugs(paths: readonly string[]): Map<string, string[]> {
  const bySlug = new Map<string, string[]>();
  for (const path of paths) {
    const slug = slugFromPath(path);
    const paths = bySlug.get(slug) ?? [];
    paths.push(path);
    bySlug.set(slug, paths);
  }
  return new Map([...bySlug].filter(([, files]) => files.length > 1));
}
