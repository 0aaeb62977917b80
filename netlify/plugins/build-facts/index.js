/**
 * A Netlify build plugin: before Netlify bundles the functions, it writes what only the build is
 * told (the repository and branch, as /admin/ reads them, and the deploy context) into
 * src/lib/functions/build-facts.json, which the functions' bundle carries
 * (src/lib/functions/build-facts.ts). It changes the file in Netlify's own checkout only; never
 * commit a file it wrote.
 */
import { writeFileSync } from 'node:fs';
import { factsOf } from '../../../src/lib/functions/build-facts.ts';

export const BUILD_FACTS_FILE = new URL('../../../src/lib/functions/build-facts.json', import.meta.url);

/**
 * @param {Record<string, string | undefined>} env
 * @param {string | URL} file
 */
export function writeBuildFacts(env = process.env, file = BUILD_FACTS_FILE) {
  const facts = factsOf(env);
  writeFileSync(file, `${JSON.stringify(facts, null, 2)}\n`);
  return facts;
}

export function onPreBuild() {
  const { repository, branch, context } = writeBuildFacts();
  console.log(`De functies zetten ideeën in ${repository} (${branch}); deploy: ${context ?? 'onbekend'}.`);
}
