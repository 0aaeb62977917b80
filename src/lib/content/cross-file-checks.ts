/**
 * What one file's schema cannot check, run by getContent() once per build: the rules across
 * files (across-files.ts, which the editor at /admin/ runs too) on the loaded collections, and
 * each edition's PDF.
 */
import { join } from 'node:path';
import type { CollectionEntry } from 'astro:content';
import { PUBLIC_DIR } from '../../consts';
import { problemsAcrossFiles, type ContentFacts } from './across-files';
import { ContentError } from './loader';
import { untaggedPdfProblem, type PdfFacts } from './pdf';
import { readPdf } from './pdf-file';

/** Every collection as loaded, drafts and future items included. */
export interface Collections {
  settings: CollectionEntry<'site'>['data'];
  themes: CollectionEntry<'themas'>[];
  neighbourhoods: CollectionEntry<'buurten'>[];
  projects: CollectionEntry<'projecten'>[];
  allNews: CollectionEntry<'nieuws'>[];
  allEditions: CollectionEntry<'nieuwsbrief'>[];
  allMeetings: CollectionEntry<'agenda'>[];
  pages: CollectionEntry<'paginas'>[];
}

function fileOf(entry: { id: string; filePath?: string; collection: string }): string {
  return entry.filePath ?? `content/${entry.collection}/${entry.id}.md`;
}

function check(problems: string[]): void {
  if (problems.length > 0) {
    throw new ContentError(
      'content',
      null,
      `${problems.length} fout(en) in de inhoud:\n  - ${problems.join('\n  - ')}`,
    );
  }
}

export type Published = {
  news: ReadonlySet<CollectionEntry<'nieuws'>>;
  editions: ReadonlySet<CollectionEntry<'nieuwsbrief'>>;
  meetings: ReadonlySet<CollectionEntry<'agenda'>>;
};

/** What the rules across files need to know of the loaded collections. */
export function factsOf(c: Collections, published: Published): ContentFacts {
  const facts = (
    entry: { id: string; filePath?: string; collection: string },
    aliases: readonly string[] = [],
  ) => ({ file: fileOf(entry), id: entry.id, aliases });
  return {
    themes: c.themes.map((t) => facts(t)),
    neighbourhoods: c.neighbourhoods.map((n) => facts(n)),
    projects: c.projects.map((p) => ({
      ...facts(p, p.data.aliases),
      theme: p.data.theme.id,
      neighbourhoods: p.data.neighbourhoods.map((n) => n.id),
    })),
    news: c.allNews.map((n) => ({
      ...facts(n, n.data.aliases),
      published: published.news.has(n),
      projects: n.data.projects.map((p) => p.id),
      neighbourhoods: n.data.neighbourhoods.map((b) => b.id),
    })),
    editions: c.allEditions.map((e) => ({
      ...facts(e, e.data.aliases),
      published: published.editions.has(e),
      edition: e.data.edition,
    })),
    meetings: c.allMeetings.map((m) => ({
      ...facts(m, m.data.aliases),
      published: published.meetings.has(m),
      projects: m.data.projects.map((p) => p.id),
      neighbourhoods: m.data.neighbourhoods.map((b) => b.id),
    })),
    pages: c.pages.map((p) => facts(p, p.data.aliases)),
    settings: {
      newsletterSignupAction: c.settings.newsletterSignupAction,
      securityPolicy: c.settings.security.policy,
    },
  };
}

/**
 * Stops the build at the first kind of mistake, listing every file with it. Returns the PDFs'
 * facts, read once here. Unpublished items reserve their address but get no redirects yet.
 */
export async function checkAcrossFiles(
  facts: ContentFacts,
  editions: readonly CollectionEntry<'nieuwsbrief'>[],
): Promise<Map<string, PdfFacts>> {
  for (const problems of problemsAcrossFiles(facts)) check(problems);

  const pdfs = new Map<string, PdfFacts>();
  for (const edition of editions) {
    const pdf = edition.data.pdf;
    if (!pdf) continue;
    const facts = await readPdf(join(PUBLIC_DIR, pdf));
    const problem = untaggedPdfProblem(facts, edition.data.date, pdf);
    check(problem ? [`${fileOf(edition)}: veld "pdf": ${problem}`] : []);
    pdfs.set(edition.id, facts);
  }
  return pdfs;
}
