/**
 * The line the build stops with for this repository's content plus some files, worked out with
 * the build's own checks (the loader's per-file checks, then the rules across files as
 * getContent() runs them), without a full Astro build. The editor's browser test compares the
 * editor's messages with these; tests/builds/content-errors.test.ts proves that such messages
 * stop a real build.
 */
import {
  existsSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import yaml from 'js-yaml';
import { ROOT } from '../../scripts/lib/astro-build.ts';
import { checkAcrossFiles, factsOf, type Collections } from '../../src/lib/content/cross-file-checks';
import { frontMatterFields } from '../../src/lib/content/front-matter';
import { checkContentFiles } from '../../src/lib/content/loader';
import { fileSchemas, type CollectionName } from '../../src/lib/content/schemas';
import { slugFromPath } from '../../src/lib/content/slugs';
import { isPublishedBy } from '../../src/lib/dates/amsterdam';

const FOLDERS = ['themas', 'buurten', 'projecten', 'nieuws', 'nieuwsbrief', 'agenda', 'paginas'] as const;

/** The build's message for content/ with `extra` files (path from the repository root → text), or null when it builds. */
export async function buildMessage(extra: Record<string, string>): Promise<string | null> {
  const root = mkdtempSync(join(tmpdir(), 'westwint-rules-'));
  try {
    cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
    for (const [path, text] of Object.entries(extra)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    for (const folder of FOLDERS) checkContentFiles(join(root, 'content', folder), folder, root);

    const schemas = fileSchemas();
    const entries = (folder: CollectionName) =>
      (existsSync(join(root, 'content', folder))
        ? readdirSync(join(root, 'content', folder), { recursive: true, encoding: 'utf8' })
        : []
      )
        .filter((name) => name.endsWith('.md'))
        .map((name) => {
          const file = join(root, 'content', folder, name);
          return {
            id: slugFromPath(name),
            collection: folder,
            filePath: relative(root, file),
            data: schemas[folder].parse(frontMatterFields(readFileSync(file, 'utf8'))),
          };
        });
    const now = new Date();
    const online = (entry: { data: { date: Date; draft: boolean } }) =>
      !entry.data.draft && isPublishedBy(entry.data.date, now);
    const collections = {
      settings: schemas.site.parse(yaml.load(readFileSync(join(root, 'content/site.yaml'), 'utf8'))),
      themes: entries('themas'),
      neighbourhoods: entries('buurten'),
      projects: entries('projecten'),
      allNews: entries('nieuws'),
      allEditions: entries('nieuwsbrief'),
      allMeetings: entries('agenda'),
      pages: entries('paginas'),
    } as unknown as Collections;
    const published = {
      news: new Set(collections.allNews.filter(online)),
      editions: new Set(collections.allEditions.filter(online)),
      meetings: new Set(collections.allMeetings.filter((m) => !m.data.draft)),
    };
    await checkAcrossFiles(factsOf(collections, published), collections.allEditions);
    return null;
  } catch (error) {
    return (error as Error).message;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
