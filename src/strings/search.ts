/**
 * Texts of the search page. A module of their own: the search page's browser script imports it
 * and should not carry the rest of the site's texts.
 */
import { plural } from './format.ts';

export const searchText = {
  title: 'Zoeken',
  description: (site: string) =>
    `Zoek in het nieuws, de nieuwsbrieven, de projecten en de andere pagina’s van ${site}.`,
  intro: 'Zoek in het nieuws, de nieuwsbrieven, de projecten en de andere pagina’s van deze site.',
  label: 'Waar zoekt u naar?',
  hint: 'Bijvoorbeeld: huisbezoek, sloop Gladiolenstraat of nieuwsbrief 2012. De resultaten verschijnen terwijl u typt.',
  filters: 'Resultaten verfijnen',
  type: 'Soort',
  typeAll: 'Alle soorten',
  neighbourhood: 'Buurt',
  neighbourhoodAll: 'Alle buurten',
  year: 'Jaar',
  yearAll: 'Alle jaren',
  order: 'Volgorde',
  orderRelevance: 'Best passend eerst',
  orderNewest: 'Nieuwste eerst (alleen nieuws en nieuwsbrieven)',
  empty: 'Typ een woord in het zoekveld. De resultaten verschijnen hieronder.',
  searching: 'Bezig met zoeken …',
  count: (n: number, query: string) =>
    n === 0
      ? `Geen resultaten voor “${query}”.`
      : `${plural(n, { one: 'resultaat', other: 'resultaten' })} voor “${query}”.`,
  filtered: 'De keuzes bij “Resultaten verfijnen” tellen mee.',
  noResultsHelp:
    'Probeer een ander woord of minder woorden, of kies “Alle soorten”, “Alle buurten” en “Alle jaren”.',
  shown: (shown: number, total: number) => `U ziet ${shown} van de ${total} resultaten.`,
  more: 'Toon meer resultaten',
  resultsLabel: 'Zoekresultaten',
  noScriptTitle: 'Zoeken werkt alleen met JavaScript',
  noScript:
    'In uw browser staat JavaScript uit. Zonder JavaScript kan deze pagina niet zoeken. Alles op deze site vindt u ook via deze overzichten:',
  failedTitle: 'Zoeken lukt nu niet',
  failed:
    'Er ging iets mis bij het laden van de zoekfunctie. Probeer het later nog eens, of kijk in deze overzichten:',
  newsArchive: 'Het nieuws, per jaar',
  editionArchive: 'Alle edities van de Nieuwsbrief Heilust',
  projectOverview: 'Alle projecten',
} as const;
