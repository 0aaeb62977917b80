/**
 * Every built page is valid HTML: html-validate with its recommended rules
 * (.htmlvalidate.json), zero errors, on every .html file of the production build.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData, type Message } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../../scripts/lib/astro-build.ts';
import { builtSiteDir } from '../../scripts/lib/local-netlify.ts';
import { htmlFiles, pathOfFile } from '../helpers/sitemap';

const siteDir = builtSiteDir();
const files = htmlFiles(siteDir);
// The project's own config file, so editors' plugins and this test agree, also when the
// build being checked lives outside the project folder (WESTWINT_SITE_DIR).
const config = JSON.parse(readFileSync(join(ROOT, '.htmlvalidate.json'), 'utf8')) as ConfigData;
const validator = new HtmlValidate(new StaticConfigLoader(config));

function describeMessage(page: string, message: Message): string {
  const where = message.selector ? ` at ${message.selector}` : '';
  return `${page} (line ${message.line}:${message.column}): [${message.ruleId}] ${message.message}${where}`;
}

describe('html-validate', () => {
  test('uses the recommended rules with nothing turned off', () => {
    expect(config.extends).toContain('html-validate:recommended');
    // A rule switched off must say why, in .htmlvalidate.json's "rules" and in the README. There are none.
    expect(config.rules ?? {}).toEqual({});
  });

  test('checks every built page', () => {
    expect(files.length).toBeGreaterThan(10);
    expect(files).toContain('index.html');
    expect(files).toContain('404.html');
  });

  for (const file of files) {
    test(`${pathOfFile(file)} is valid HTML`, async () => {
      const report = await validator.validateString(
        readFileSync(join(siteDir, file), 'utf8'),
        join(siteDir, file),
      );
      const errors = report.results.flatMap((result) => result.messages.filter((m) => m.severity === 2));
      expect(
        errors.map((m) => describeMessage(pathOfFile(file), m)),
        '\n',
      ).toEqual([]);
    });
  }
});
