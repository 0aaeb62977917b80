/** The production build the browser tests look at: dist/, or WESTWINT_SITE_DIR. */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ROOT } from './build';

export function builtSiteDir(): string {
  const dir = resolve(ROOT, process.env.WESTWINT_SITE_DIR ?? 'dist');
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`No built site in ${dir}. Run \`npm run build\` first (\`npm test\` does this for you).`);
  }
  return dir;
}
