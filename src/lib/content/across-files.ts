/**
 * The rules across files, on plain facts about every content file. The build runs them on what
 * Astro loaded (cross-file-checks.ts) and the editor at /admin/ on the entries it has loaded
 * (src/admin/checks.ts), so the editor refuses what the build would stop on, in the build's words.
 * The rules themselves are the pure functions in checks.ts.
 */
import { formActionProblem } from '../forms/form-action.ts';
import { FORM_ACTION_SOURCES } from '../security/headers.ts';
import { EDITOR_PREFIX, TAKEN_ADDRESSES } from '../urls/fixed-pages.ts';
import { urls } from '../urls/routes.ts';
import {
  aliasClashes,
  duplicateEditions,
  editorAddressClashes,
  missingReferences,
  pageNumberSlugs,
  type Reference,
} from './checks.ts';

/** One content file: where it is, its slug, and its old addresses. */
export interface FileFacts {
  file: string;
  id: string;
  aliases: readonly string[];
}

/** A news item or edition only claims its old addresses once it is online (not a draft, not in the future). */
export interface Publishable {
  published: boolean;
}

export interface ContentFacts {
  themes: FileFacts[];
  neighbourhoods: FileFacts[];
  projects: Array<FileFacts & { theme: string; neighbourhoods: readonly string[] }>;
  news: Array<FileFacts & Publishable & { projects: readonly string[]; neighbourhoods: readonly string[] }>;
  editions: Array<FileFacts & Publishable & { edition: number }>;
  /** Meetings (content/agenda/): published unless a draft. */
  meetings: Array<
    FileFacts & Publishable & { projects: readonly string[]; neighbourhoods: readonly string[] }
  >;
  pages: FileFacts[];
  /** content/site.yaml, when it could be read. */
  settings?: { newsletterSignupAction: string; securityPolicy?: string | undefined };
}

export const SETTINGS_FILE = 'content/site.yaml';

/**
 * Every mistake across files, one list per kind of mistake in the order the build checks them
 * (the build stops at the first kind, listing every file with it). Each message names the
 * file(s), the field and what is expected.
 */
export function problemsAcrossFiles(facts: ContentFacts): string[][] {
  // In file order, so the messages do not depend on the order files were loaded in (Astro's, the editor's).
  const byFile = <T extends FileFacts>(list: readonly T[]) =>
    [...list].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const [themes, neighbourhoods, projects, news, editions, meetings, pages] = [
    byFile(facts.themes),
    byFile(facts.neighbourhoods),
    byFile(facts.projects),
    byFile(facts.news),
    byFile(facts.editions),
    byFile(facts.meetings),
    byFile(facts.pages),
  ] as const;
  const { settings } = facts;
  const known = new Map<string, Set<string>>([
    ['themas', new Set(themes.map((t) => t.id))],
    ['buurten', new Set(neighbourhoods.map((n) => n.id))],
    ['projecten', new Set(projects.map((p) => p.id))],
  ]);
  const refs: Reference[] = [
    ...projects.flatMap((p) => [
      { file: p.file, field: 'theme', collection: 'themas', id: p.theme },
      ...p.neighbourhoods.map((id) => ({ file: p.file, field: 'neighbourhoods', collection: 'buurten', id })),
    ]),
    ...[...news, ...meetings].flatMap((n) => [
      ...n.projects.map((id) => ({ file: n.file, field: 'projects', collection: 'projecten', id })),
      ...n.neighbourhoods.map((id) => ({ file: n.file, field: 'neighbourhoods', collection: 'buurten', id })),
    ]),
  ];

  const addressed = [
    ...themes.map((t) => ({ file: t.file, url: urls.theme(t.id), aliases: [] })),
    ...neighbourhoods.map((n) => ({ file: n.file, url: urls.neighbourhood(n.id), aliases: [] })),
    ...projects.map((p) => ({ file: p.file, url: urls.project(p.id), aliases: p.aliases })),
    ...news.map((n) => ({ file: n.file, url: urls.newsItem(n.id), aliases: n.published ? n.aliases : [] })),
    ...editions.map((e) => ({
      file: e.file,
      url: urls.edition(e.id),
      aliases: e.published ? e.aliases : [],
    })),
    ...meetings.map((m) => ({
      file: m.file,
      url: urls.meeting(m.id),
      aliases: m.published ? m.aliases : [],
    })),
    ...pages.map((p) => ({ file: p.file, url: urls.page(p.id), aliases: p.aliases })),
  ];

  // The sign-up's address must be allowed by the site's policy, or the browser blocks the form.
  const formAction = settings && formActionProblem(settings.newsletterSignupAction, FORM_ACTION_SOURCES);
  const policy = settings?.securityPolicy;
  const ownPages = new Set([...pages.map((p) => urls.page(p.id)), ...TAKEN_ADDRESSES]);

  return [
    missingReferences(refs, known),
    duplicateEditions(editions.map((e) => ({ file: e.file, edition: e.edition }))),
    pageNumberSlugs(
      news.map((n) => ({ file: n.file, id: n.id })),
      urls.news(),
    ),
    aliasClashes(addressed, TAKEN_ADDRESSES),
    editorAddressClashes(addressed, EDITOR_PREFIX),
    formAction ? [`${SETTINGS_FILE}: veld "newsletterSignupAction": ${formAction}`] : [],
    policy?.startsWith('/') && !ownPages.has(policy)
      ? [`${SETTINGS_FILE}: veld "security.policy": ${policy} is geen pagina van deze site`]
      : [],
  ];
}
