/**
 * `npm run build`: Astro's production build, as Netlify runs it. When the build stops, its error
 * is printed, and a mistake in the content is also written down (src/lib/publishing/build-problems.ts)
 * so the editor at /admin/ can show the editors why their change is not online.
 * Takes Astro's --outDir, which the tests use.
 */
import { parseArgs } from 'node:util';
import { build } from 'astro';
import { problemsMessage } from '../src/lib/content/rules/wording.ts';
import { clearBuildProblems, problemsOf, writeBuildProblems } from '../src/lib/publishing/build-problems.ts';

const { values } = parseArgs({ options: { outDir: { type: 'string' } } });

clearBuildProblems();
try {
  await build(values.outDir ? { outDir: values.outDir } : {});
} catch (error) {
  const problems = problemsOf(error);
  writeBuildProblems(problems);
  // A mistake in the content is said in full by its problems; anything else needs its stack.
  console.error(`\n${problems.length > 0 ? problemsMessage(problems) : (error.stack ?? String(error))}\n`);
  if (error.hint) console.error(`Hint: ${error.hint}\n`);
  process.exit(1);
}
