/**
 * Every built page passes the Nu Html Checker (vnu.jar, the W3C validator's engine), beside
 * html-validate: the two know different rules (html-validate missed a <script> after </html>).
 * vnu.jar needs Java: `apt-get install -y default-jre-headless` (.ci/run does so when java is missing).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { ROOT } from '../../scripts/lib/astro-build.ts';
import { builtSiteDir } from '../../scripts/lib/local-netlify.ts';
import { htmlFiles, pathOfFile } from '../helpers/sitemap';

const VNU_JAR = join(ROOT, 'node_modules/vnu-jar/build/dist/vnu.jar');

interface NuMessage {
  type: 'error' | 'info' | 'non-document-error';
  url?: string;
  message: string;
  lastLine?: number;
  extract?: string;
}

/**
 * The one message we expect and leave out: Netlify documents `netlify-honeypot` as an attribute
 * of a form it should filter for spam, and removes it when it processes the form at deploy time,
 * so residents' browsers never see it. Only this exact message on a <form> is filtered.
 */
const NETLIFY_HONEYPOT = 'Attribute “netlify-honeypot” not allowed on element “form” at this point.';

/**
 * vnu's CSS checker is older than the CSS the NL Design System's packages are written in, and it
 * reads every inline stylesheet. These messages, each matched on message and the CSS it quotes,
 * are its gaps or a package's harmless slip, not errors of ours: anything else in CSS still fails.
 */
const CSS_CHECKER_GAPS: ReadonlyArray<{ message: RegExp; extract: RegExp; why: string }> = [
  {
    message:
      /^CSS: “(text-box-trim|view-transition-name|container-name|container-type)”: Property “\1” doesn't exist\.$/,
    extract: /./,
    why: 'newer than the checker: CSS Inline Layout 3, View Transitions, Container Queries (Utrecht root, Candidate heading/paragraph)',
  },
  {
    message: /^CSS: Parse Error\.$/,
    extract: /^:\.667em \+ \.334ch;--_ut$/,
    why: 'a custom property may hold any tokens; Utrecht textbox keeps half a calc() in one for later',
  },
  {
    message: /^CSS: “text-decoration-thickness”: Character i is neither/,
    extract: /ckness\),initial\);/,
    why: "var() inside max(): the checker cannot read var(); Candidate skip-link's underline",
  },
  {
    message: /^CSS: “grid-template-columns”: Invalid type: “100%, var\(--westwint-layout-[a-z-]+\)”\.$/,
    extract: /./,
    why: 'var() inside min(): the checker cannot read var(); our grids (src/design/css/westwint-layout.css)',
  },
  {
    message: /^CSS: “grid-area”: “"utrecht-header"” is not a “grid-area” value\.$/,
    extract: /./,
    why: 'Utrecht page-layout 2.0.1 names its area as a string; browsers drop that one declaration, and the header needs no area',
  },
];
const isCheckerGap = (m: NuMessage) =>
  CSS_CHECKER_GAPS.some((gap) => gap.message.test(m.message) && gap.extract.test(m.extract ?? ''));

const siteDir = builtSiteDir();
const files = htmlFiles(siteDir);
let messages: NuMessage[] = [];

beforeAll(() => {
  // One Java run for every page: starting the JVM is the slow part. Java's quick compiler only
  // (the run is too short for the optimising one to pay off) halves its CPU, same report; it
  // needs a deeper stack than the default for vnu's schema.
  const run = spawnSync(
    'java',
    [
      '-Xss8m',
      '-XX:TieredStopAtLevel=1',
      '-jar',
      VNU_JAR,
      '--format',
      'json',
      '--errors-only',
      ...files.map((file) => join(siteDir, file)),
    ],
    {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  if (run.error) {
    throw new Error(
      `The Nu Html Checker needs Java, which was not found (${run.error.message}). Install it with \`apt-get install -y default-jre-headless\`.`,
    );
  }
  // vnu.jar prints its JSON report on stderr and exits 1 when it found errors.
  messages = (JSON.parse(run.stderr) as { messages: NuMessage[] }).messages;
}, 120_000);

function pageOf(message: NuMessage): string {
  const file = decodeURIComponent(new URL(message.url ?? 'file:/').pathname);
  return pathOfFile(file.slice(siteDir.length + 1));
}

describe('Nu Html Checker', () => {
  test('read every built page and could parse it', () => {
    expect(files.length).toBeGreaterThan(10);
    expect(messages.filter((m) => m.type === 'non-document-error')).toEqual([]);
  });

  test('the honeypot message it filters is there on exactly the pages with a Netlify form', () => {
    const pages = messages.filter((m) => m.message === NETLIFY_HONEYPOT).map(pageOf);
    expect(pages.length).toBeGreaterThan(0);
    for (const message of messages.filter((m) => m.message === NETLIFY_HONEYPOT))
      expect(message.extract).toContain('netlify-honeypot="');
  });

  test('each gap of the CSS checker it leaves out is still met, so the list stays short', () => {
    for (const gap of CSS_CHECKER_GAPS)
      expect(
        messages.some((m) => gap.message.test(m.message) && gap.extract.test(m.extract ?? '')),
        gap.why,
      ).toBe(true);
  });

  test.each(files.map(pathOfFile))('%s: no errors', (page) => {
    const errors = messages.filter(
      (m) => m.type === 'error' && m.message !== NETLIFY_HONEYPOT && !isCheckerGap(m) && pageOf(m) === page,
    );
    expect(
      errors.map((m) => `${page} (line ${m.lastLine}): ${m.message}\n    ${m.extract ?? ''}`),
      '\n',
    ).toEqual([]);
  });
});
