/**
 * What residents read about works in their streets: the lists, a street's page, one job of works
 * with its printed letter, its calendar file, and the feeds. Plain Dutch (B1).
 */
import { plural } from './format.ts';

/** "Gladiolenstraat", "Gladiolenstraat en Lupinestraat", "Gladiolenstraat, Lupinestraat en Geraniumstraat". */
export function namesText(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} en ${names.at(-1)}`;
}

export const worksText = {
  works: 'Werkzaamheden',
  title: 'Werkzaamheden in de straat',
  description: (site: string) =>
    `Welk werk er in de straten van Kerkrade-West gebeurt en binnenkort begint: de dagen, de straten, wat u merkt en wie u belt. Van ${site}.`,
  intro:
    'Hier ziet u welk werk er nu in de straten van Kerkrade-West gebeurt, en wat binnenkort begint. U leest wat u merkt, en wie u kunt bellen met vragen.',
  none: 'Er is nu geen werk in de straten gepland. Kijk later nog eens.',
  nowAndComing: 'Nu en binnenkort',
  pickStreet: 'Kies uw straat',
  pickStreetIntro: 'Dan ziet u alleen het werk in uw straat.',
  past: 'Werk dat klaar is',
  count: (n: number) => plural(n, { one: 'werk', other: 'werken' }),
  yearTitle: (year: number) => `Werkzaamheden die klaar waren in ${year}`,
  yearDescription: (site: string, year: number) =>
    `Het werk in de straten van Kerkrade-West dat in ${year} klaar was. Van ${site}.`,
  streetTitle: (street: string) => `Werkzaamheden: ${street}`,
  streetDescription: (street: string, site: string) =>
    `Het werk in de straten van Kerkrade-West voor wie woont aan: ${street}. Wanneer, wat u merkt en wie u belt. Van ${site}.`,
  streetNone: 'In deze straat is nu geen werk gepland.',
  streetPast: 'Eerder werk in deze straat',
  allStreets: 'Alle werkzaamheden',
  // A section on the home, project and buurt pages.
  section: 'Werk in de straat',
  allWorks: 'Al het werk in de straat',
  // One job of works.
  when: 'Wanneer',
  streets: 'Straten',
  neighbourhoods: 'Buurten',
  effects: 'Wat merkt u',
  hours: 'Werktijden',
  projects: 'Project',
  urgent: 'Bij spoed, buiten de werktijden',
  cancelled: 'Afgelast of uitgesteld',
  cancelledBecause: (reason: string) => `Afgelast of uitgesteld: ${reason}`,
  over: 'Dit werk is klaar.',
  cancelledInCalendar:
    'Had u dit werk al in uw agenda gezet? Open dan het agendabestand nog een keer. Uw agenda past het dan aan.',
  cancelledCalendarLink: 'Het agendabestand van dit werk',
  // The printed letter.
  letter: 'Brief voor de brievenbus',
  letterIntro:
    'Print deze pagina om de brief bij de bewoners in de brievenbus te doen. De brief past op één A4. Er staat een QR-code op die naar deze pagina gaat.',
  letterHowTo:
    'Printen doet u met Ctrl en P tegelijk (op een Mac: Cmd en P), of in het menu van uw browser met “Afdrukken”.',
  letterDate: (date: string) => `Kerkrade, ${date}`,
  letterTo: (streets: string) => `Aan de bewoners van ${streets}`,
  letterQr:
    'Kijk voor het laatste nieuws over dit werk op de website. Scan de code met uw telefoon, of ga naar:',
  // Calendar and feeds.
  location: (streets: readonly string[]) => `${namesText(streets)}, Kerkrade`,
  calendarName: (site: string) => `Werkzaamheden ${site}`,
  calendarDescription: (site: string) => `Werk in de straten van Kerkrade-West, van ${site}.`,
  cancelledTitle: (title: string) => `Afgelast of uitgesteld: ${title}`,
};
