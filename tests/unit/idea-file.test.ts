/**
 * The file an idea becomes (src/lib/ideas/idea-file.ts), read back as the build reads it: split
 * at its front matter and checked by the loader (checkContentFiles: the file name's form, the
 * days, the content type's schema, the Markdown text it needs), its fields parsed by the build's
 * own schema (fileSchemas().ideas) to exactly what was meant. Public or not, with or without the
 * words, and with hostile words: YAML's own signs, "---", newlines, control characters, half a
 * character, very long text, __proto__.
 */
import { join } from 'node:path';
import yaml from 'js-yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { removeFixture, writeFixture } from '../../scripts/lib/content-folder.ts';
import { IDEA_MAX_LENGTH } from '../../src/consts';
import { fileFormProblems } from '../../src/lib/content/file-form';
import { FRONT_MATTER } from '../../src/lib/content/front-matter';
import { checkContentFiles } from '../../src/lib/content/loader';
import { fileSchemas } from '../../src/lib/content/schemas';
import { CONTENT_TYPES } from '../../src/lib/content/model';
import { ideaFileText, submissionOf, type IdeaFile } from '../../src/lib/ideas/idea-file';
import {
  IDEAS_FOLDER,
  NEIGHBOURHOODS_FOLDER,
  PROJECTS_FOLDER,
  REFERENCE,
} from '../../src/lib/ideas/reference';
import { submittedIdea } from '../../src/lib/ideas/submitted';

const folders: string[] = [];
afterEach(() => {
  for (const dir of folders.splice(0)) removeFixture(dir);
});

/** The file written to content/ideeen/<reference>.md and checked as the build checks it; its fields as the schema reads them. */
function readBack(text: string, reference = '2027-014') {
  const root = writeFixture({ [`ideeen/${reference}.md`]: text });
  folders.push(root);
  expect(() => checkContentFiles(join(root, 'ideeen'), 'ideas', root)).not.toThrow();
  const front = FRONT_MATTER.exec(text);
  expect(front).not.toBeNull();
  const body = text.slice(front![0].length);
  const fields = yaml.load(front![1]!) as Record<string, unknown>;
  const parsed = fileSchemas().ideas.safeParse(fields);
  expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  expect(fileFormProblems('ideas', `content/ideeen/${reference}.md`, fields, body)).toEqual([]);
  return { data: parsed.data!, body };
}

const base: IdeaFile = {
  received: '2027-01-14',
  projects: ['park-west'],
  neighbourhoods: ['heilust'],
  public: true,
  wantsReply: true,
  submission: '692c1b7e4f0a3d0008e51f2a',
};

const HOSTILE = [
  'Zet: \'bankjes\' # hier "nu" & *alias !!js/function {a: 1} [b] | > % @ `',
  '---\nstatus: uitgevoerd\n---\nantwoord',
  'regel één\r\nregel twee\rregel drie\n\n\tingesprongen',
  '__proto__',
  'constructor: {}\n__proto__: {"polluted": true}',
  'yes',
  '2027-01-14',
  'null',
  '~',
  '- lijst\n- nog een',
  'Emoji 😀 en é, ĳ, ß, 中文',
];

describe('the file an idea becomes', () => {
  it("holds front matter only, the fields in the type's order, each text quoted", () => {
    expect(ideaFileText({ ...base, idea: 'Meer bankjes.' })).toBe(
      [
        '---',
        "received: '2027-01-14'",
        "status: 'ontvangen'",
        "projects: ['park-west']",
        "neighbourhoods: ['heilust']",
        'public: true',
        'wantsReply: true',
        "submission: '692c1b7e4f0a3d0008e51f2a'",
        "idea: 'Meer bankjes.'",
        '---',
        '',
      ].join('\n'),
    );
  });

  it.each([
    ['public, with its words (a private repository)', { ...base, idea: 'Meer bankjes.' }],
    ['public, without its words (a public repository)', base],
    [
      'not public, no project, no neighbourhood, no address',
      { ...base, projects: [], neighbourhoods: [], public: false, wantsReply: false },
    ],
  ])('is read back by the build with no problem: %s', (_name, file) => {
    const { data, body } = readBack(ideaFileText(file));
    expect(body).toBe('');
    expect(data).toMatchObject({
      status: 'ontvangen',
      public: file.public,
      wantsReply: file.wantsReply,
      submission: file.submission,
      projects: file.projects.map((id) => ({ id, collection: 'projects' })),
      neighbourhoods: file.neighbourhoods.map((id) => ({ id, collection: 'neighbourhoods' })),
      draft: false,
    });
    expect(data.received.toISOString()).toBe('2027-01-13T23:00:00.000Z');
    expect(data.idea).toBe(file.idea);
    expect(data.answered).toBeUndefined();
  });

  it.each(HOSTILE)('keeps hostile words exactly, as one field: %j', (words) => {
    const idea = submittedIdea({ idee: words, openbaar: 'ja' }).idea!;
    const { data } = readBack(ideaFileText({ ...base, idea }));
    expect(data.idea).toBe(idea);
    expect(data.status).toBe('ontvangen');
    expect(Object.keys(data).sort()).toEqual(
      [
        'draft',
        'idea',
        'neighbourhoods',
        'projects',
        'public',
        'received',
        'status',
        'submission',
        'wantsReply',
      ].sort(),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("cuts very long words at the form's maxlength, never between the halves of one character", () => {
    const long = `${'a'.repeat(IDEA_MAX_LENGTH - 1)}😀 en verder ${'b'.repeat(10_000)}`;
    const idea = submittedIdea({ idee: long, openbaar: 'ja' }).idea!;
    expect(idea).toBe('a'.repeat(IDEA_MAX_LENGTH - 1));
    expect(readBack(ideaFileText({ ...base, idea })).data.idea).toBe(idea);
  });

  it('takes nothing from a hostile form: no path, no field, no name, no address', () => {
    const idea = submittedIdea({
      ...JSON.parse('{"__proto__": "x", "constructor": "y"}'),
      idee: 'Een idee.',
      project: '../../../.github/workflows/x',
      buurt: 'Heilust Centrum',
      naam: 'Testnaam Bewoner',
      email: 'bewoner@voorbeeld.example',
      ip: '192.0.2.7',
      user_agent: 'Testbrowser/1.0',
      openbaar: 'ja',
      status: 'uitgevoerd',
    });
    expect(idea).toEqual({ idea: 'Een idee.', public: true, wantsReply: true });
    const text = ideaFileText({ ...base, projects: [], neighbourhoods: [], idea: idea.idea });
    expect(text).not.toMatch(/Testnaam|voorbeeld|192\.0\.2|Testbrowser|uitgevoerd/);
    expect(readBack(text).data.status).toBe('ontvangen');
  });

  it('tells which submission a file was written for, also one an editor wrote by hand', () => {
    expect(submissionOf(ideaFileText(base))).toBe(base.submission);
    expect(submissionOf('---\nreceived: 2027-01-14\nsubmission: abc123 \n---\n')).toBe('abc123');
    expect(submissionOf('---\nreceived: 2027-01-14\n---\n')).toBeUndefined();
    expect(submissionOf('geen voorwerk')).toBeUndefined();
  });

  it('is named and placed as the content type says', () => {
    expect(CONTENT_TYPES.ideas.fileName?.pattern).toBe(REFERENCE);
    expect(IDEAS_FOLDER).toBe(`content/${CONTENT_TYPES.ideas.folder}`);
    expect(PROJECTS_FOLDER).toBe(`content/${CONTENT_TYPES.projects.folder}`);
    expect(NEIGHBOURHOODS_FOLDER).toBe(`content/${CONTENT_TYPES.neighbourhoods.folder}`);
  });
});
