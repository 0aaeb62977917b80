/**
 * The settings ideas need, from Netlify's environment variables and what the build told the
 * functions (src/lib/functions/build-facts.ts). What is missing is named, never what is set.
 * - GITHUB_TOKEN: a fine-grained token with "Contents: Read and write" on this repository only;
 * - NETLIFY_AUTH_TOKEN: a Netlify personal access token, to confirm a submission (the one
 *   `npm run nieuwsbrief:bijwerken` uses);
 * - SITE_ID: Netlify gives it to every function;
 * - GITHUB_API_URL, NETLIFY_API_URL: only for the tests' stand-ins.
 */
import type { BuildFacts } from '../functions/build-facts.ts';
import type { GitHubSettings } from './github.ts';
import type { NetlifyFormsSettings } from './netlify-forms.ts';

export type Env = Record<string, string | undefined>;

export interface IdeaSettings {
  github: GitHubSettings;
  netlify: NetlifyFormsSettings;
}

/** A request that hangs is given up after this, well within a function's time; the idea is kept. */
const TIMEOUT_MS = 5_000;
const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;

export function ideaSettings(env: Env, facts: BuildFacts): IdeaSettings | { missing: string[] } {
  const value = (name: string) => env[name]?.trim() ?? '';
  const missing = ['GITHUB_TOKEN', 'NETLIFY_AUTH_TOKEN', 'SITE_ID'].filter((name) => !value(name));
  if (!REPOSITORY.test(facts.repository)) missing.push('de repository (REPOSITORY_URL bij de build)');
  if (!facts.branch) missing.push('de branch (BRANCH bij de build)');
  if (missing.length > 0) return { missing };
  return {
    github: {
      apiUrl: value('GITHUB_API_URL') || 'https://api.github.com',
      token: value('GITHUB_TOKEN'),
      repository: facts.repository,
      branch: facts.branch,
      timeoutMs: TIMEOUT_MS,
    },
    netlify: {
      apiUrl: value('NETLIFY_API_URL') || 'https://api.netlify.com/api/v1',
      token: value('NETLIFY_AUTH_TOKEN'),
      siteId: value('SITE_ID'),
      timeoutMs: TIMEOUT_MS,
    },
  };
}
