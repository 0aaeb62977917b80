/**
 * What editors read of the ideas in the panel "Ideeën" at /admin/ (src/admin/ideas-panel.ts):
 * how many wait for an answer, and what became of ideas the site could not put in the list yet.
 * Plural forms are data (format.ts).
 */
import { plural } from './format.ts';

/** formatMoment's "14:32" or "3 december 2026 om 14:32", after a verb. */
const atMoment = (moment: string) => `${moment.includes(' om ') ? 'op' : 'om'} ${moment}`;

export const ideasPanelText = {
  summary: 'Ideeën',
  summaryRetrying: 'Ideeën: worden opnieuw geprobeerd',
  summaryAttention: 'Ideeën: let op',
  heading: 'Ideeën van bewoners',
  waiting: (n: number, day: string) =>
    `${plural(n, { one: 'idee wacht', other: 'ideeën wachten' })} op antwoord. Het oudste kwam binnen op ${day}.`,
  noneWaiting: 'Er wacht geen idee op antwoord.',
  asPublished: 'Zo stond het bij de laatste publicatie. Nieuwere ideeën staan al wel in de lijst Ideeën.',
  kept: (n: number, moment: string) =>
    `${plural(n, { one: 'idee kon', other: 'ideeën konden' })} nog niet in de lijst Ideeën worden gezet. Het oudste kwam binnen ${atMoment(moment)}. De site probeert het vanzelf opnieuw.`,
  keptNoAction: 'U hoeft niets te doen.',
  needPerson: (n: number, days: number) =>
    `${plural(n, { one: 'idee wacht', other: 'ideeën wachten' })} al meer dan ${days} dagen. Vraag de beheerder om te kijken. Er gaat niets verloren: de site bewaart ${n === 1 ? 'het' : 'ze'}, en Netlify Forms ook.`,
  problem: (reason: string) =>
    `Een instelling klopt niet. De site meldt: ${reason}. Vraag de beheerder om dit in Netlify te regelen. Tot dan bewaart de site nieuwe ideeën.`,
  tokenExpires: (day: string) =>
    `De sleutel waarmee de site ideeën in GitHub zet (GITHUB_TOKEN), verloopt op ${day}. Vraag de beheerder om op tijd een nieuwe te maken.`,
  tokenExpired: (day: string) =>
    `De sleutel waarmee de site ideeën in GitHub zet (GITHUB_TOKEN), is verlopen op ${day}. Vraag de beheerder om een nieuwe te maken.`,
} as const;
