/**
 * The content model (src/lib/content/model.ts): each content type described once, and what the
 * rest of the site reads off those descriptions.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_TYPES, isPublished, TYPE_NAMES, typeInFolder } from '../../src/lib/content/model';
import { questionsFor } from '../../src/lib/content/new-item';
import { factsOfFile } from '../../src/lib/content/rules/facts';
import { hasImage, referencesOf } from '../../src/lib/content/schemas';
import { startOfAmsterdamDay } from '../../src/lib/dates/amsterdam';
import { ROOT } from '../../scripts/lib/astro-build.ts';

const NOW = new Date('2026-12-04T12:00:00Z');

describe('the descriptions', () => {
  it('each type has its own name, folder and page', () => {
    for (const name of TYPE_NAMES) expect(CONTENT_TYPES[name].name).toBe(name);
    const folders = TYPE_NAMES.map((name) => CONTENT_TYPES[name].folder);
    expect(new Set(folders).size).toBe(folders.length);
    expect(typeInFolder('nieuwsbrief')).toBe('editions');
    expect(typeInFolder('instellingen')).toBeUndefined();
    expect(CONTENT_TYPES.news.page('x')).toBe('/nieuws/x/');
  });

  it('what a type references and whether it has an image are read off its schema', () => {
    expect(referencesOf('projects')).toEqual([
      { field: 'theme', type: 'themes' },
      { field: 'neighbourhoods', type: 'neighbourhoods' },
    ]);
    expect(referencesOf('news')).toEqual([
      { field: 'projects', type: 'projects' },
      { field: 'neighbourhoods', type: 'neighbourhoods' },
    ]);
    expect(referencesOf('pages')).toEqual([]);
    expect(TYPE_NAMES.filter(hasImage)).toEqual(['news', 'projects']);
  });

  it('every field that `npm run nieuw` asks for is a field of the type', () => {
    for (const name of TYPE_NAMES.filter((type) => CONTENT_TYPES[type].newItem)) {
      expect(() => questionsFor(name), name).not.toThrow();
    }
  });
});

describe('isPublished: the one rule of what is online', () => {
  it('types that are always online', () => {
    expect(isPublished('pages', {}, NOW)).toBe(true);
  });

  it('a meeting is online unless it is a draft', () => {
    expect(isPublished('meetings', { draft: false }, NOW)).toBe(true);
    expect(isPublished('meetings', { draft: true }, NOW)).toBe(false);
  });

  it('a news item from the start of its day in Amsterdam, written as the schema reads it or as the file holds it', () => {
    expect(isPublished('news', { date: startOfAmsterdamDay('2026-12-04') }, NOW)).toBe(true);
    expect(isPublished('news', { date: '2026-12-04' }, NOW)).toBe(true);
    expect(isPublished('news', { date: '2026-12-05' }, NOW)).toBe(false);
    expect(isPublished('news', { date: '2026-12-04', draft: true }, NOW)).toBe(false);
    expect(isPublished('news', { date: 'morgen' }, NOW)).toBe(false);
    // 23:30 UTC on 4 December is 00:30 on the 5th in Amsterdam.
    expect(isPublished('news', { date: '2026-12-05' }, new Date('2026-12-04T23:30:00Z'))).toBe(true);
  });
});

describe('factsOfFile', () => {
  it('reads a file as Astro loaded it and as written alike', () => {
    const asLoaded = factsOfFile(
      {
        type: 'editions',
        file: 'content/nieuwsbrief/heilust-9.md',
        id: 'heilust-9',
        data: { edition: 9, date: startOfAmsterdamDay('2018-01-10'), aliases: ['/oud'] },
      },
      NOW,
    );
    const asWritten = factsOfFile(
      {
        type: 'editions',
        file: 'content/nieuwsbrief/heilust-9.md',
        id: 'heilust-9',
        data: { edition: 9, date: '2018-01-10', aliases: ['/oud'] },
      },
      NOW,
    );
    expect(asLoaded).toEqual(asWritten);
    expect(asLoaded).toMatchObject({ type: 'editions', published: true, unique: 9, aliases: ['/oud'] });
    const news = (projects: unknown) =>
      factsOfFile({ type: 'news', file: 'content/nieuws/x.md', id: 'x', data: { projects } }, NOW).references;
    expect(news([{ id: 'park-west', collection: 'projects' }])).toEqual(news(['park-west']));
    expect(news(['park-west'])).toEqual([{ field: 'projects', type: 'projects', id: 'park-west' }]);
  });
});

describe('the house: a content type is described once', () => {
  /**
   * The measure of the issue that asked for this: source files outside tests/ that name six or more
   * of the seven content types by folder (as a quoted string or a path segment) or by name in code.
   * Only the model, getContent() and the list of addresses may: everything else derives from them.
   */
  it('at most three source files outside tests/ name six or more content types', () => {
    const seven = ['themes', 'neighbourhoods', 'projects', 'news', 'editions', 'meetings', 'pages'] as const;
    const files = execFileSync(
      'git',
      ['ls-files', '--cached', '--others', '--exclude-standard', 'src', 'scripts', 'netlify'],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    )
      .trim()
      .split('\n')
      .filter((file) => /\.(ts|mts|mjs|js|astro)$/.test(file));
    const naming = files.filter((file) => {
      const text = readFileSync(`${ROOT}/${file}`, 'utf8');
      const named = seven.filter((name) => {
        const folder = CONTENT_TYPES[name].folder;
        const asFolder = new RegExp(`(['"\`])${folder}\\1|/${folder}(?=[/'"\`])|(?<=['"\`])${folder}/`);
        return asFolder.test(text) || new RegExp(`\\b${name}\\b`).test(text);
      });
      return named.length >= 6;
    });
    const allowed = ['src/lib/content/content.ts', 'src/lib/content/model.ts', 'src/lib/urls/routes.ts'];
    expect(naming.filter((file) => !allowed.includes(file))).toEqual([]);
    expect(naming).toContain('src/lib/content/model.ts');
  });
});
