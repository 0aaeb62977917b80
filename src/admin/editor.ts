/**
 * The editor at /admin/: Sveltia CMS from npm, bundled with its fonts and Dutch texts by
 * src/integrations/admin.ts, so nothing loads from another host. It reads /admin/config.yml
 * (src/pages/admin/config.yml.ts).
 */
import './dutch.ts';
import CMS from '@sveltia/cms';

CMS.init();
