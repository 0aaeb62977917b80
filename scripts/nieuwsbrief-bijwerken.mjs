#!/usr/bin/env node
/**
 * npm run nieuwsbrief:bijwerken: adds every newsletter sign-up that Netlify Forms stored to the
 * Laposta list, for sign-ups that arrived while Laposta refused or could not be reached. Adding
 * one that is already there changes nothing, so it can be run at any time; Laposta sends the
 * confirmation mail only to addresses that are new. No address is ever printed.
 *
 * Needs, in the environment of the one who runs it (never in the repository):
 *   NETLIFY_AUTH_TOKEN  a Netlify personal access token (User settings → Applications)
 *   NETLIFY_SITE_ID     the site's ID (Site configuration → General)
 *   LAPOSTA_API_KEY, LAPOSTA_LIST_ID  as set in Netlify
 * NETLIFY_API_URL and LAPOSTA_API_URL point elsewhere (the tests' stand-ins).
 */
import { NetlifyAPI } from '@netlify/api';
import { SIGNUP_FORM } from '../src/lib/forms/form-rules.ts';
import { makeLog } from '../src/lib/functions/log.ts';
import { missingForMembers, newsletterConfig } from '../src/lib/newsletter/config.ts';
import { laposta } from '../src/lib/newsletter/laposta.ts';
import { signUp } from '../src/lib/newsletter/sign-up.ts';

const PER_PAGE = 100;
const config = newsletterConfig(process.env);
const log = makeLog('bijwerken');

const missing = [
  ...['NETLIFY_AUTH_TOKEN', 'NETLIFY_SITE_ID'].filter((name) => !process.env[name]?.trim()),
  ...missingForMembers(process.env),
];
if (missing.length > 0) {
  log(`Zet eerst: ${missing.join(', ')} (dezelfde waarden als in Netlify).`);
  process.exit(2);
}

const apiUrl = process.env.NETLIFY_API_URL ? new URL(process.env.NETLIFY_API_URL) : undefined;
const api = new NetlifyAPI(
  process.env.NETLIFY_AUTH_TOKEN,
  apiUrl
    ? {
        scheme: apiUrl.protocol.slice(0, -1),
        host: apiUrl.host,
        pathPrefix: apiUrl.pathname.replace(/\/$/, ''),
      }
    : {},
);
const forms = await api.listSiteForms({ site_id: process.env.NETLIFY_SITE_ID });
const form = forms.find((f) => f.name === SIGNUP_FORM);
if (!form) {
  log(`Netlify kent geen formulier "${SIGNUP_FORM}" voor deze site; er is niets te doen.`);
  process.exit(0);
}

const counts = { added: 0, 'already-listed': 0, refused: 0, skipped: 0, failed: 0 };
const service = laposta(config.laposta);
const quiet = () => {};
for (let page = 1; ; page++) {
  const submissions = await api.listFormSubmissions({ form_id: form.id, page, per_page: PER_PAGE });
  for (const submission of submissions)
    counts[(await signUp({ form_name: SIGNUP_FORM, data: submission.data ?? {} }, service, quiet)).result] +=
      1;
  if (submissions.length < PER_PAGE) break;
}
const total = Object.values(counts).reduce((a, b) => a + b, 0);
log(
  `${total} aanmeldingen gelezen: ${counts.added} toegevoegd (Laposta stuurt hun de bevestigingsmail), ` +
    `${counts['already-listed']} stonden er al, ${counts.skipped} overgeslagen (zonder e-mailadres of toestemming), ` +
    `${counts.refused} geweigerd (geen geldig e-mailadres), ${counts.failed} mislukt.`,
);
if (counts.failed > 0) {
  log('Niet alles is gelukt; probeer het later opnieuw. Wat er al staat, wordt niet dubbel toegevoegd.');
  process.exit(1);
}
