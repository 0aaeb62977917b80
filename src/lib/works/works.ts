/**
 * What the pages read of works, from getContent(): the lists (now and coming, what the home page
 * shows, the archive by the year they ended), the streets with works and their pages, and whom
 * residents call. Each list is in the type's order (soonest first).
 */
import type { Content } from '../content/content';
import type { Contact } from '../content/contact';
import { lookUpStreet, streetSlug, type Street } from '../content/streets';
import type { Works } from '../content/types/works';
import { groupByYear } from '../dates/amsterdam';
import { isNowOrSoon } from './period';

/** Now and coming, soonest first. */
export const worksNowAndComing = (content: Content): Works[] => content.coming('works');

/** What the home page shows: going on now, or starting within 14 days. */
export const worksNowOrSoon = (content: Content): Works[] =>
  content.coming('works').filter((w) => isNowOrSoon(w.data, content.today));

/** What is over, by the year it ended, newest year and latest end first. */
export function worksPastByYear(content: Content): Array<{ year: number; items: Works[] }> {
  const past = content.items.works
    .filter((w) => content.isOver(w))
    .sort(
      (a, b) =>
        b.data.end.getTime() - a.data.end.getTime() || b.data.start.getTime() - a.data.start.getTime(),
    );
  return groupByYear(past, (w) => w.data.end);
}

/** A street with works: its name, its page's slug, and its works (soonest first). */
export interface StreetWithWorks {
  street: Street;
  slug: string;
  works: Works[];
}

/** Every street some works online name, by name, each with its works. */
export function streetsWithWorks(content: Content): StreetWithWorks[] {
  const byName = new Map<string, StreetWithWorks>();
  for (const works of content.items.works) {
    for (const name of works.data.streets) {
      const found = lookUpStreet(name, content.streets).street ?? { name };
      const entry = byName.get(found.name) ?? { street: found, slug: streetSlug(found.name), works: [] };
      entry.works.push(works);
      byName.set(found.name, entry);
    }
  }
  return [...byName.values()].sort((a, b) => a.street.name.localeCompare(b.street.name, 'nl'));
}

/** Whom residents call about works, and where that contact comes from. */
export interface WorksContact {
  contact: Contact & { urgentPhone?: Contact['phone'] };
  /** Its own; the first contact of its first project; or the programme's general contact. */
  from: 'own' | 'project' | 'programme';
}

/**
 * The works' own contact, else the first contact of its first project, else the programme's
 * general contact (content/site.yaml): a letter always carries a number.
 */
export function contactOf(content: Content, works: Works): WorksContact {
  if (works.data.contact) return { contact: works.data.contact, from: 'own' };
  const [first] = works.data.projects;
  const projectContact = first ? content.get('projects', first.id).data.contacts[0] : undefined;
  if (projectContact) return { contact: projectContact, from: 'project' };
  return { contact: content.settings.contact, from: 'programme' };
}
