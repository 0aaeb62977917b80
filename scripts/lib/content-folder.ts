/**
 * Content folders written from code: a small set of Markdown files and site settings, for the
 * test builds and the benchmarks' generated sites.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Path in the content folder → its text (or bytes, for an image). */
export type Files = Record<string, string | Buffer>;

/** A Markdown file from frontmatter lines and a body. */
export function md(frontmatter: string, body = 'Tekst van dit item.'): string {
  return `---\n${frontmatter.trim()}\n---\n\n${body}\n`;
}

/** Site settings for generated content sets (the fixture, the search benchmark). */
export const SITE_YAML = `
name: West wint aan ruimte
tagline: Samen werken aan Kerkrade-West
description: Testsite van het programma West wint aan ruimte.
partners:
  - name: Gemeente Kerkrade
    url: https://www.kerkrade.nl
social:
  label: "@Westwintaanruim"
  url: https://x.com/Westwintaanruim
navigation:
  - { label: Projecten, href: /projecten/ }
  - { label: Nieuws, href: /nieuws/ }
contact:
  name: West wint aan ruimte
  role: informatiepunt van het programma
  phone: 14 045
newsletterSignupAction: /nieuwsbrief/aangemeld/
security:
  contact: mailto:info@westwint.nl
  languages: [nl, en]
  policy: /over-het-programma/
`;

/** Writes files to a new temporary folder and returns its path. */
export function writeFixture(files: Files): string {
  const dir = mkdtempSync(join(tmpdir(), 'westwint-content-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

export function removeFixture(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
