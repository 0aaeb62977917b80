/**
 * The file `npm run nieuw` writes for a new news item, newsletter edition, meeting or project: where it
 * goes, named by the slug rules the build enforces, and its text, checked with the same schemas
 * the build uses. Pure: the command (scripts/nieuw.mjs) asks the questions and writes the file.
 */
import yaml from 'js-yaml';
import { z } from 'astro/zod';
import { urls } from '../urls/routes.ts';
import { numberSlugProblem, unknownSlugMessage } from './checks.ts';
import { contentSchemas, type ReferencedCollection } from './schemas.ts';
import { isSlug, suggestSlug } from './slugs.ts';

/** What `npm run nieuw` can make: each is a content folder. */
export const NEW_ITEM_KINDS = ['nieuws', 'nieuwsbrief', 'agenda', 'projecten'] as const;
export type NewItemKind = (typeof NEW_ITEM_KINDS)[number];

export interface NewItemAnswers {
  title: string;
  summary: string;
  /** JJJJ-MM-DD; news items and editions. */
  date?: string;
  /** Editions. */
  edition?: number;
  /** Meetings: "2027-03-25 19:30", or a day alone for a whole day; the end may be left out. */
  start?: string;
  end?: string;
  location?: string;
  address?: string;
  /** News items and meetings: slugs from content/projecten/. */
  projects?: string[];
  /** News items, meetings and projects: slugs from content/buurten/. */
  neighbourhoods?: string[];
  /** Projects: a slug from content/themas/. */
  theme?: string;
  /** Projects. */
  status?: string;
}

/** The slugs and edition numbers that exist, so a choice is checked the way the build checks it. */
export type Existing = Record<ReferencedCollection, readonly string[]> & { editions?: readonly number[] };

export interface NewItemFile {
  /** Relative to the content folder, e.g. "nieuws/open-dag-in-park-west.md". */
  path: string;
  text: string;
}

const BODY: Record<NewItemKind, string> = {
  nieuws: 'Schrijf hier het bericht. Begin met het belangrijkste.',
  nieuwsbrief: 'Schrijf hier wat er in deze editie staat.',
  agenda: 'Schrijf hier wat er gebeurt, of bewoners zich moeten aanmelden, en wat ze mee moeten nemen.',
  projecten: 'Schrijf hier wat het project is, voor wie, en wat er gebeurt.',
};

/** The fields in the order an editor reads them; empty optional fields are left out. */
function frontmatter(kind: NewItemKind, a: NewItemAnswers): Record<string, unknown> {
  const lists = (values: string[] | undefined) => (values && values.length > 0 ? values : undefined);
  const given = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);
  if (kind === 'agenda') {
    const meeting = {
      title: a.title,
      summary: a.summary,
      start: a.start,
      end: given(a.end),
      location: a.location,
      address: given(a.address),
      projects: lists(a.projects),
      neighbourhoods: lists(a.neighbourhoods),
    };
    return Object.fromEntries(Object.entries(meeting).filter(([, value]) => value !== undefined));
  }
  const fields: Record<string, unknown> =
    kind === 'nieuws'
      ? {
          title: a.title,
          date: a.date,
          summary: a.summary,
          projects: lists(a.projects),
          neighbourhoods: lists(a.neighbourhoods),
        }
      : kind === 'nieuwsbrief'
        ? { title: a.title, edition: a.edition, date: a.date, summary: a.summary }
        : {
            title: a.title,
            summary: a.summary,
            theme: a.theme,
            neighbourhoods: a.neighbourhoods,
            status: a.status,
          };
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}

/**
 * The new file, or the problems that would stop the build, in the build's own words
 * ("veld: wat er mis is"). A file named like an existing one is refused by the command.
 */
export function newItemFile(
  kind: NewItemKind,
  answers: NewItemAnswers,
  existing: Existing,
): { file: NewItemFile } | { problems: string[] } {
  const slug = suggestSlug(answers.title);
  const problems: string[] = [];
  if (!isSlug(slug))
    problems.push('title: uit deze titel valt geen bestandsnaam te maken; gebruik letters of cijfers');
  if (
    kind === 'nieuwsbrief' &&
    answers.edition !== undefined &&
    existing.editions?.includes(answers.edition)
  ) {
    problems.push(
      `edition: nummer ${answers.edition} is al in gebruik; elke editie heeft een eigen nummer (het volgende vrije is ${nextEdition(existing.editions)})`,
    );
  }
  const numberSlug = kind === 'nieuws' ? numberSlugProblem(slug, urls.news()) : null;
  if (numberSlug) problems.push(`title: ${numberSlug}`);

  const data = frontmatter(kind, answers);
  const reference = (collection: ReferencedCollection) =>
    // The build checks references across files (checks.ts); here the same check, in the same words, per field.
    z
      .string()
      .refine((id) => existing[collection].includes(id), {
        error: (issue) => unknownSlugMessage(String(issue.input), collection, existing[collection]),
      })
      .transform((id) => ({ id, collection }));
  const schema = contentSchemas({ image: (() => z.string()) as never, reference })[kind];
  const result = schema.safeParse(data);
  if (!result.success)
    problems.push(...result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  if (problems.length > 0) return { problems };

  const text = `---\n${yaml.dump(data, { lineWidth: -1, quotingType: '"' })}---\n\n${BODY[kind]}\n`;
  return { file: { path: `${kind}/${slug}.md`, text } };
}

/** The next free edition number. */
export function nextEdition(numbers: readonly number[]): number {
  return numbers.length === 0 ? 1 : Math.max(...numbers) + 1;
}
