/**
 * What became of each edition's mail and of the sign-ups, as the editor at /admin/ shows it
 * (src/admin/newsletter-panel.ts), and the reasons the functions record in plain words.
 * `moment` is formatMoment's "08:00" or "3 december 2026 om 08:00".
 */
import { plural, pluralForm } from './format.ts';

const atMoment = (moment: string) => `${moment.includes(' om ') ? 'op' : 'om'} ${moment}`;

export const newsletterText = {
  reasons: {
    noAnswer: 'Laposta gaf geen antwoord: niet bereikbaar, te traag of een storing bij Laposta',
    key: 'Laposta weigerde de API-sleutel; de beheerder moet LAPOSTA_API_KEY in Netlify nakijken',
    busy: 'Laposta kreeg te veel verzoeken tegelijk',
    refused: (detail: string) => `Laposta weigerde het verzoek (${detail})`,
    firstRun: 'stond al online toen het mailen begon',
    tooOld: (days: number) =>
      `gedateerd ${days} dagen voordat ze online kwam, dus toegevoegd aan het archief`,
    offline: 'stond niet meer online toen de mail aan de beurt was',
    stopped: 'het versturen werd onderbroken; Laposta weet of de mail is verstuurd',
  },
  panel: {
    summary: 'Nieuwsbrief',
    summaryRetrying: 'Nieuwsbrief: wordt opnieuw geprobeerd',
    summaryAttention: 'Nieuwsbrief: let op',
    heading: 'Mails bij nieuwe edities',
    intro:
      'Wat er met de mail van elke editie van de laatste 90 dagen is gebeurd. Dit wordt elk uur bijgewerkt.',
    none: 'In de laatste 90 dagen is er geen editie online gekomen.',
    sent: (moment: string, subscribers?: number) =>
      `Verstuurd ${atMoment(moment)}${subscribers === undefined ? '' : ` aan ${plural(subscribers, { one: 'abonnee', other: 'abonnees' })}`}.`,
    concept:
      'Staat klaar als concept in Laposta. De testmail is verstuurd; verstuur de campagne in Laposta als hij goed is.',
    waiting: (moment: string) =>
      `Staat online; de mail gaat ${atMoment(moment)} naar de abonnees, niet midden in de nacht.`,
    busy: 'Wordt nu verstuurd …',
    retry: (moment: string, reason: string) =>
      `Wordt opnieuw geprobeerd (volgende poging ${atMoment(moment)}). Reden: ${reason}.`,
    unknown: 'Niet verstuurd, kijk in Laposta.',
    unknownHelp:
      'Laposta gaf geen duidelijk antwoord op het versturen. Kijk in Laposta bij Campagnes of de mail is verstuurd. Zo niet, verstuur haar daar. Dit wordt niet vanzelf opnieuw geprobeerd, zodat niemand de mail twee keer krijgt.',
    gaveUp: 'Niet verstuurd, kijk in Laposta.',
    gaveUpHelp: (days: number, reason: string) =>
      `Het versturen lukte ${days} dagen lang niet. Laatste reden: ${reason}. Verstuur de campagne in Laposta, of vraag de beheerder om hulp.`,
    notMailed: (reason: string) => `Niet gemaild: ${reason}.`,
    notMailedOff: 'Niet gemaild: het versturen stond uit toen deze editie online kwam.',
    signUpsNone: 'Er wachten geen aanmeldingen op Laposta.',
    signUpsWaiting: (n: number, moment: string) =>
      `${plural(n, { one: 'aanmelding wacht', other: 'aanmeldingen wachten' })} op Laposta, de oudste sinds ${moment}. Ze worden elk uur opnieuw doorgegeven; u hoeft niets te doen.`,
    signUpsExpired: (n: number, days: number) =>
      `${plural(n, { one: 'aanmelding kon', other: 'aanmeldingen konden' })} ${days} dagen lang niet worden doorgegeven en ${pluralForm(n, { one: 'is', other: 'zijn' })} vervallen.`,
    close: 'Sluiten',
  },
};
