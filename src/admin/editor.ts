/**
 * The editor at /admin/: Sveltia CMS from npm, bundled with its fonts and Dutch texts by
 * src/integrations/admin.ts, so nothing loads from another host. It reads /admin/config.yml
 * (src/pages/admin/config.yml.ts). To Sveltia it adds:
 * - the build's rules, checked before each save (refuse-save.ts), and PDFs checked before they are
 *   accepted (pdf-field.ts);
 * - previews that look like the site's pages (preview.ts);
 * - what happened to the site after a save (publishing-banner.ts), to the newsletter's mails
 *   (newsletter-panel.ts) and to the ideas residents sent (ideas-panel.ts).
 */
import './zod-without-eval.ts';
import './dutch.ts';
import './editor.css';
import CMS from '@sveltia/cms';
import { refuseWhatTheBuildWouldStopOn } from './refuse-save.ts';
import { checkPdfsBeforeAccepting } from './pdf-field.ts';
import { showIdeas } from './ideas-panel.ts';
import { showNewsletter } from './newsletter-panel.ts';
import { showEntriesAsPages } from './preview.ts';
import { showPublishing } from './publishing-banner.ts';

refuseWhatTheBuildWouldStopOn();
checkPdfsBeforeAccepting();
showEntriesAsPages();
showPublishing();
showNewsletter();
void showIdeas();
CMS.init();
