/** /admin/config.yml: the editor's configuration (src/lib/admin/cms-config.ts) as YAML. */
import yaml from 'js-yaml';
import { cmsConfig, repositoryFrom } from '../../lib/admin/cms-config';

export function GET(): Response {
  const config = cmsConfig({ name: 'github', ...repositoryFrom(process.env) });
  return new Response(yaml.dump(config, { lineWidth: -1, noRefs: true }), {
    headers: { 'Content-Type': 'application/yaml; charset=utf-8' },
  });
}
