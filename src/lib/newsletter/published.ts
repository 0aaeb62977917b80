/**
 * What the build publishes for the newsletter's functions, and how they read it back:
 * /nieuwsbrief/edities.json, every published edition, newest first. (/geplande-dagen.json, for
 * the scheduled build, is src/lib/publishing/scheduled-build.ts's.)
 */

export interface PublishedEdition {
  edition: number;
  title: string;
  /** The day it appeared, JJJJ-MM-DD in Amsterdam. */
  date: string;
  /** Its page on the site, e.g. /nieuwsbrief/heilust-9/. */
  page: string;
  /** The mail that announces it, e.g. /nieuwsbrief/heilust-9/mail/. */
  mail: string;
}

export interface EditionsFile {
  editions: PublishedEdition[];
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const PATH = /^\/[^\s]*$/;

/** The editions in the file, or an error saying what is wrong with it. */
export function readEditionsFile(data: unknown): PublishedEdition[] {
  const editions = (data as Partial<EditionsFile> | null)?.editions;
  if (!Array.isArray(editions)) throw new Error('edities.json heeft geen lijst "editions"');
  return editions.map((item: Partial<PublishedEdition>, i) => {
    const ok =
      Number.isInteger(item.edition) &&
      typeof item.title === 'string' &&
      DAY.test(String(item.date)) &&
      PATH.test(String(item.page)) &&
      PATH.test(String(item.mail));
    if (!ok)
      throw new Error(`edities.json: editie ${i + 1} in de lijst mist een veld of heeft een verkeerd veld`);
    return item as PublishedEdition;
  });
}
