/**
 * What the build knows and the functions are not told: Netlify gives the repository
 * (REPOSITORY_URL), the branch (BRANCH) and the deploy context (CONTEXT) to the build only, and
 * environment variables from netlify.toml never reach a function. So on Netlify the build plugin
 * netlify/plugins/build-facts/ writes them into build-facts.json before Netlify bundles the
 * functions, and the bundle carries them. The committed file holds what a build outside Netlify
 * would say (the repository and branch the editor at /admin/ falls back to, and no context); a
 * unit test keeps it so.
 */
import written from './build-facts.json' with { type: 'json' };

export interface BuildFacts {
  /** owner/name on GitHub: the repository /admin/ edits (src/lib/admin/cms-config.ts, repositoryFrom). */
  repository: string;
  branch: string;
  /** Netlify's deploy context of the build (production, deploy-preview, branch-deploy); null outside Netlify. */
  context: string | null;
}

/**
 * The facts of a build with this environment: the repository and branch (the editor's
 * configuration reads them here too: repositoryFrom in src/lib/admin/cms-config.ts), owner/name
 * only, as REPOSITORY_URL may hold an access token; this repository's main branch elsewhere.
 */
export function factsOf(env: Record<string, string | undefined>): BuildFacts {
  const match = /github\.com[/:]([^/]+\/[^/]+?)(?:\.git)?\/?$/.exec(env.REPOSITORY_URL ?? '');
  return {
    repository: match?.[1] ?? 'westwint/website',
    branch: env.BRANCH || 'main',
    context: env.CONTEXT?.trim() || null,
  };
}

export function buildFacts(facts: unknown = written): BuildFacts {
  const { repository, branch, context } = (facts ?? {}) as Partial<Record<keyof BuildFacts, unknown>>;
  if (typeof repository !== 'string' || typeof branch !== 'string')
    throw new Error('build-facts.json mist repository of branch');
  return { repository, branch, context: typeof context === 'string' && context ? context : null };
}

/**
 * The deploy context a function acts in: the build's, which Netlify set; else (a build outside
 * Netlify: the tests' emulation, a laptop) what the request says (context.deploy.context, from
 * Netlify's x-nf-deploy-context header); else unknown.
 */
export function deployContextOf(facts: BuildFacts, fromRequest: string | undefined): string {
  return facts.context ?? (fromRequest?.trim() || 'onbekend');
}
