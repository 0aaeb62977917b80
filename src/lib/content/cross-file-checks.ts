/**
 * What one file's schema cannot check, run by getContent() once per build: references to other
 * files, unique edition numbers, old addresses that clash, settings that must agree with the
 * security policy or name a page, and each edition's PDF. The rules themselves are pure
 * functions in checks.ts; this module gathers what they need from the loaded collections.
 */
import { join } from 'node:path';
import type { CollectionEntry } from 'astro:content';
import { PUBLIC_DIR } from '../../consts';
import { formActionProblem } from '../forms/form-action';
import { FORM_ACTION_SOURCES } from '../security/headers';
import { EDITOR_PREFIX, TAKEN_ADDRESSES } from '../urls/fixed-pages';
import { urls } from '../urls/routes';
import { aliasClashes, duplicateEditions, editorAddressClashes, missingReferences, pageNumberSlugs, type Reference } from './checks';
import { ContentError } from './loader';
import { readPdf, untaggedPdfProblem, type PdfFacts } from './pdf';

/** Every collection as loaded, drafts and future items included. */
export interface Collections {
  settings: CollectionEntry<'site'>['data'];
  themes: CollectionEntry<'themas'>[];
  neighbourhoods: CollectionEntry<'buurten'>[];
  projects: CollectionEntry<'projecten'>[];
  allNews: CollectionEntry<'nieuws'>[];
  allEditions: CollectionEntry<'nieuwsbrief'>[];
  pages: CollectionEntry<'paginas'>[];
}

function fileOf(entry: { id: string; filePath?: string; collection: string }): string {
  return entry.filePath ?? `content/${entry.collection}/${entry.id}.md`;
}

function check(problems: string[]): void {
  if (problems.length > 0) {
    throw new ContentError('content', null, `${problems.length} fout(en) in de inhoud:\n  - ${problems.join('\n  - ')}`);
  }
}

/**
 * Stops the build at the first kind of mistake, listing every file with it. Returns the PDFs'
 * facts, read once here. Unpublished items reserve their address but get no redirects yet.
 */
export async function checkAcrossFiles(
  c: Collections,
  published: { news: ReadonlySet<CollectionEntry<'nieuws'>>; editions: ReadonlySet<CollectionEntry<'nieuwsbrief'>> },
): Promise<Map<string, PdfFacts>> {
  const { settings, themes, neighbourhoods, projects, allNews, allEditions, pages } = c;
  const known = new Map<string, Set<string>>([
    ['themas', new Set(themes.map((t) => t.id))],
    ['buurten', new Set(neighbourhoods.map((n) => n.id))],
    ['projecten', new Set(projects.map((p) => p.id))],
  ]);
  const refs: Reference[] = [
    ...projects.flatMap((p) => [
      { file: fileOf(p), field: 'theme', collection: 'themas', id: p.data.theme.id },
      ...p.data.neighbourhoods.map((n) => ({ file: fileOf(p), field: 'neighbourhoods', collection: 'buurten', id: n.id })),
    ]),
    ...allNews.flatMap((n) => [
      ...n.data.projects.map((p) => ({ file: fileOf(n), field: 'projects', collection: 'projecten', id: p.id })),
      ...n.data.neighbourhoods.map((b) => ({ file: fileOf(n), field: 'neighbourhoods', collection: 'buurten', id: b.id })),
    ]),
  ];
  check(missingReferences(refs, known));
  check(duplicateEditions(allEditions.map((e) => ({ file: fileOf(e), edition: e.data.edition }))));
  check(pageNumberSlugs(allNews.map((n) => ({ file: fileOf(n), id: n.id })), urls.news()));

  const addressed = [
    ...themes.map((t) => ({ file: fileOf(t), url: urls.theme(t.id), aliases: [] })),
    ...neighbourhoods.map((n) => ({ file: fileOf(n), url: urls.neighbourhood(n.id), aliases: [] })),
    ...projects.map((p) => ({ file: fileOf(p), url: urls.project(p.id), aliases: p.data.aliases })),
    ...allNews.map((n) => ({ file: fileOf(n), url: urls.newsItem(n.id), aliases: published.news.has(n) ? n.data.aliases : [] })),
    ...allEditions.map((e) => ({ file: fileOf(e), url: urls.edition(e.id), aliases: published.editions.has(e) ? e.data.aliases : [] })),
    ...pages.map((p) => ({ file: fileOf(p), url: urls.page(p.id), aliases: p.data.aliases })),
  ];
  check(aliasClashes(addressed, TAKEN_ADDRESSES));
  check(editorAddressClashes(addressed, EDITOR_PREFIX));

  // The sign-up's address must be allowed by the site's policy, or the browser blocks the form.
  const formAction = formActionProblem(settings.newsletterSignupAction, FORM_ACTION_SOURCES);
  check(formAction ? [`content/site.yaml: veld "newsletterSignupAction": ${formAction}`] : []);
  const policy = settings.security.policy;
  const ownPages = new Set([...pages.map((p) => urls.page(p.id)), ...TAKEN_ADDRESSES]);
  check(policy?.startsWith('/') && !ownPages.has(policy) ? [`content/site.yaml: veld "security.policy": ${policy} is geen pagina van deze site`] : []);

  const pdfs = new Map<string, PdfFacts>();
  for (const edition of allEditions) {
    const pdf = edition.data.pdf;
    if (!pdf) continue;
    const facts = await readPdf(join(PUBLIC_DIR, pdf));
    const problem = untaggedPdfProblem(facts, edition.data.date, pdf);
    check(problem ? [`${fileOf(edition)}: veld "pdf": ${problem}`] : []);
    pdfs.set(edition.id, facts);
  }
  return pdfs;
}
