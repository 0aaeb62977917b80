/**
 * The settings ideas need (src/lib/ideas/settings.ts), and what the build tells the functions
 * (src/lib/functions/build-facts.ts, written on Netlify by netlify/plugins/build-facts/).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeBuildFacts } from '../../netlify/plugins/build-facts/index.js';
import { repositoryFrom } from '../../src/lib/admin/cms-config';
import committed from '../../src/lib/functions/build-facts.json' with { type: 'json' };
import { buildFacts, deployContextOf, factsOf } from '../../src/lib/functions/build-facts';
import { ideaSettings } from '../../src/lib/ideas/settings';

describe('what the build tells the functions', () => {
  it("is, as committed, what a build outside Netlify says: the editor's fallback repository, no deploy context", () => {
    const { repo, branch } = repositoryFrom({});
    expect(committed).toEqual({ repository: repo, branch, context: null });
    expect(buildFacts()).toEqual({ repository: repo, branch, context: null });
  });

  it("reads the repository and branch (the editor's configuration reads them here too)", () => {
    const cases: Array<[Record<string, string>, string, string]> = [
      [{}, 'westwint/website', 'main'],
      [{ REPOSITORY_URL: 'https://github.com/gemeente/west', BRANCH: 'main' }, 'gemeente/west', 'main'],
      [
        { REPOSITORY_URL: 'git@github.com:gemeente/west.git', BRANCH: 'redactie' },
        'gemeente/west',
        'redactie',
      ],
      [{ REPOSITORY_URL: 'https://github.com/gemeente/west/', BRANCH: '' }, 'gemeente/west', 'main'],
      [{ REPOSITORY_URL: 'https://gitlab.com/gemeente/west' }, 'westwint/website', 'main'],
    ];
    for (const [env, repository, branch] of cases) {
      expect(factsOf(env), JSON.stringify(env)).toEqual({ repository, branch, context: null });
      expect(repositoryFrom(env)).toEqual({ repo: repository, branch });
    }
  });

  it('on Netlify: the repository and branch /admin/ edits, and the deploy context; never the address with its token', () => {
    const env = {
      REPOSITORY_URL: 'https://x-access-token:v1.testtoken@github.com/westwint/website-test',
      BRANCH: 'productie',
      CONTEXT: 'production',
    };
    expect(factsOf(env)).toEqual({
      repository: 'westwint/website-test',
      branch: 'productie',
      context: 'production',
    });
    const dir = mkdtempSync(join(tmpdir(), 'westwint-facts-'));
    try {
      const file = join(dir, 'build-facts.json');
      writeBuildFacts({ ...env, CONTEXT: 'deploy-preview' }, file);
      const written = readFileSync(file, 'utf8');
      expect(written).not.toContain('testtoken');
      expect(buildFacts(JSON.parse(written))).toEqual({
        repository: 'westwint/website-test',
        branch: 'productie',
        context: 'deploy-preview',
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("decides the deploy context: the build's, else the request's, else unknown", () => {
    const facts = { repository: 'a/b', branch: 'main', context: null };
    expect(deployContextOf({ ...facts, context: 'deploy-preview' }, 'production')).toBe('deploy-preview');
    expect(deployContextOf(facts, 'production')).toBe('production');
    expect(deployContextOf(facts, '')).toBe('onbekend');
    expect(deployContextOf(facts, undefined)).toBe('onbekend');
    expect(() => buildFacts({ branch: 'main' })).toThrow('build-facts.json');
  });
});

describe('the settings', () => {
  const facts = { repository: 'westwint/website', branch: 'main', context: 'production' };
  const env = { GITHUB_TOKEN: ' gh ', NETLIFY_AUTH_TOKEN: 'nf', SITE_ID: 'site' };

  it('name what is missing, never what is set', () => {
    expect(ideaSettings({}, facts)).toEqual({ missing: ['GITHUB_TOKEN', 'NETLIFY_AUTH_TOKEN', 'SITE_ID'] });
    expect(ideaSettings({ ...env, SITE_ID: ' ' }, facts)).toEqual({ missing: ['SITE_ID'] });
    expect(ideaSettings(env, { ...facts, repository: 'geen repository' })).toEqual({
      missing: ['de repository (REPOSITORY_URL bij de build)'],
    });
  });

  it("point at GitHub and Netlify's API, or at the tests' stand-ins", () => {
    expect(ideaSettings(env, facts)).toEqual({
      github: {
        apiUrl: 'https://api.github.com',
        token: 'gh',
        repository: 'westwint/website',
        branch: 'main',
        timeoutMs: 5_000,
      },
      netlify: { apiUrl: 'https://api.netlify.com/api/v1', token: 'nf', siteId: 'site', timeoutMs: 5_000 },
    });
    expect(
      ideaSettings(
        { ...env, GITHUB_API_URL: 'http://127.0.0.1:1', NETLIFY_API_URL: 'http://127.0.0.1:2/api/v1' },
        facts,
      ),
    ).toMatchObject({
      github: { apiUrl: 'http://127.0.0.1:1' },
      netlify: { apiUrl: 'http://127.0.0.1:2/api/v1' },
    });
  });
});
