/**
 * The site's own texts, as residents read them on every page. The programme's name is content
 * (content/site.yaml), so texts that name it take it as `site`.
 */
import { countWord, fileSize, plural } from './format.ts';

export const t = {
  skipLink: 'Naar de inhoud',
  mainNav: 'Hoofdmenu',
  footerNav: 'Over deze site',
  breadcrumbs: 'Kruimelpad',
  home: 'Home',
  searchLabel: 'Zoeken op de site',
  searchButton: 'Zoek',
  searchPlaceholder: 'Bijvoorbeeld: huisbezoek',
  readMore: 'Lees verder',
  publishedOn: 'Geplaatst op',
  updatedOn: 'Bijgewerkt op',
  changesLabel: 'Wat is er gewijzigd',
  latestNews: 'Laatste nieuws',
  allNews: 'Alle nieuwsberichten',
  latestEdition: 'Nieuwste nieuwsbrief',
  allEditions: 'Alle edities van de nieuwsbrief',
  projects: 'Projecten',
  news: 'Nieuws',
  newsPageTitle: (page: number, last: number) => `Nieuws, pagina ${page} van ${last}`,
  newsDescription: (site: string) => `Het nieuws van ${site}, het nieuwste bovenaan.`,
  archiveDescription: (site: string) => `Het nieuws van ${site}, per jaar.`,
  yearDescription: (site: string, year: number) => `Alle nieuwsberichten van ${site} uit ${year}.`,
  otherItems: 'Andere berichten',
  aboutProgramme: 'Meer over het programma',
  homeLink: (site: string) => `Home: ${site}`,
  projectsDescription: (site: string) => `Alle projecten van ${site}, geordend per thema.`,
  projectsIntro: (site: string, themes: number) =>
    `${site} bestaat uit deelprojecten. Ze zijn geordend in ${countWord(themes)} thema’s.`,
  themesDescription: (site: string, themes: number) =>
    `De ${countWord(themes)} thema’s van ${site} en hun projecten.`,
  themesIntro: (themes: number) =>
    `De Stadsdeelvisie Kerkrade-West 2020 noemt ${countWord(themes)} thema’s. Elk project hoort bij één thema.`,
  neighbourhoodsDescription: 'De buurten van Kerkrade-West en wat er in elke buurt gebeurt.',
  neighbourhoodsIntro: (count: number) =>
    `Kerkrade-West bestaat uit ${count} buurten. Kies een buurt om te zien welke projecten en welk nieuws erbij horen.`,
  editionsDescription: 'Alle edities van de Nieuwsbrief Heilust, de nieuwste bovenaan.',
  projectsByTheme: 'Projecten per thema',
  allProjects: 'Alle projecten',
  themes: 'Thema’s',
  theme: 'Thema',
  neighbourhoods: 'Buurten',
  neighbourhood: 'Buurt',
  status: 'Stand van zaken',
  partners: 'Partners',
  contactQuestions: 'Vragen?',
  contactCall: 'Bel',
  contactMail: 'Mail',
  contactOrMail: 'of mail',
  planning: 'Planning',
  phaseMarks: { done: 'Afgerond', now: 'Nu bezig', later: 'Later' },
  projectNews: 'Nieuws over dit project',
  neighbourhoodNews: 'Nieuws uit deze buurt',
  neighbourhoodProjects: 'Projecten in deze buurt',
  themeProjects: 'Projecten binnen dit thema',
  noProjects: 'Er zijn nog geen projecten.',
  noNews: 'Er is nog geen nieuws.',
  relatedProjects: 'Over de projecten',
  relatedNeighbourhoods: 'In de buurten',
  previousItem: 'Vorig bericht',
  nextItem: 'Volgend bericht',
  previousPage: 'Vorige pagina',
  nextPage: 'Volgende pagina',
  pagination: 'Paginering',
  pageOf: (page: number, last: number) => `Pagina ${page} van ${last}`,
  archiveByYear: 'Nieuws per jaar',
  newsOfYear: (year: number) => `Nieuws uit ${year}`,
  newsCount: (n: number) => plural(n, { one: 'bericht', other: 'berichten' }),
  edition: (n: number) => `Editie ${n}`,
  editionsTitle: 'Nieuwsbrief Heilust',
  editionsIntro:
    'HEEMwonen en de gemeente Kerkrade geven samen de digitale Nieuwsbrief Heilust uit. Hier vindt u alle edities, de nieuwste bovenaan.',
  /** "Download de nieuwsbrief (pdf, 1,2 MB, 8 pagina’s)": what the link gives, before it is clicked. */
  downloadPdf: (bytes: number, pages: number) =>
    `Download de nieuwsbrief (pdf, ${fileSize(bytes)}, ${plural(pages, { one: 'pagina', other: 'pagina’s' })})`,
  ideaCallTitle: 'Goede ideeën in West!',
  ideaCallText: 'Heeft u een idee voor uw buurt of over een van de projecten? Laat het ons weten.',
  ideaCallProjectText: 'Heeft u ideeën over dit project? Laat het ons weten.',
  ideaCallLink: 'Stuur uw idee',
  followTitle: 'Blijf op de hoogte',
  followText:
    'Hoort u graag wanneer er nieuws is of een nieuwe nieuwsbrief verschijnt? Dat kan op drie manieren.',
  followRss: 'Volg het nieuws met een RSS-lezer',
  followEmail: 'Krijg een e-mail bij elke nieuwe nieuwsbrief',
  followSocial: (account: string) => `Volg ons op X: ${account}`,
  followMore: (site: string) => `Zo volgt u ${site}`,
  notFoundTitle: 'Deze pagina bestaat niet (meer)',
  notFoundText:
    'Misschien is de pagina verhuisd of is het adres niet goed overgenomen. Hieronder vindt u de weg verder.',
  notFoundSearch: 'Zoek wat u zocht',
  notFoundLinks: 'Veel bezochte pagina’s',
  partnersTitle: (site: string) => `${site} is een programma van`,
  rssFeed: 'RSS-feed',
  siteFeedTitle: (site: string) => `${site}: nieuws en nieuwsbrieven`,
  // Feeds and the "Volgen" page.
  newsFeedTitle: (site: string) => `Nieuws van ${site}`,
  newsFeedDescription: (site: string) => `De nieuwsberichten van ${site}, het nieuwste bovenaan.`,
  editionsFeedTitle: 'Nieuwsbrief Heilust: nieuwe edities',
  editionsFeedDescription:
    'Elke editie van de Nieuwsbrief Heilust van HEEMwonen en de gemeente Kerkrade, met de PDF.',
  projectFeedTitle: (project: string) => `${project}: nieuws`,
  projectFeedDescription: (project: string, site: string) =>
    `Nieuws over het project ${project} van ${site}.`,
  neighbourhoodFeedTitle: (neighbourhood: string) => `${neighbourhood}: nieuws uit de buurt`,
  neighbourhoodFeedDescription: (neighbourhood: string, site: string) =>
    `Nieuws van ${site} over de buurt ${neighbourhood} en de projecten in die buurt.`,
  followPageDescription: (site: string) =>
    `Zo blijft u op de hoogte van ${site}: met een RSS-lezer, per e-mail bij elke nieuwe nieuwsbrief of op X.`,
  followPageIntro:
    'Wilt u weten wanneer er nieuws is, een nieuwe Nieuwsbrief Heilust verschijnt of een bijeenkomst is? Kies hieronder de manier die u het prettigst vindt.',
  whatIsRssTitle: 'Wat is RSS?',
  whatIsRss: [
    'RSS is een gratis manier om nieuwe berichten van websites te volgen, zonder dat u steeds zelf hoeft te kijken.',
    'U zet het adres van een zogenoemde feed in een RSS-lezer (een app of programma), en die laat u elk nieuw bericht zien.',
  ],
  feedsTitle: 'Adressen om te volgen',
  feedsIntro:
    'Kopieer een van deze adressen en plak het in uw RSS-lezer. Wilt u alles volgen? Kies dan het eerste adres.',
  siteFeedLabel: 'Alles: nieuws, de nieuwsbrief, de agenda en de antwoorden op ideeën',
  newsFeedLabel: 'Alleen het nieuws',
  editionsFeedLabel: 'Alleen de Nieuwsbrief Heilust (elke nieuwe editie)',
  projectFeedsTitle: 'Nieuws over één project',
  projectFeedsIntro: 'Volgt u liever één project? Elk project heeft een eigen adres.',
  neighbourhoodFeedsTitle: 'Nieuws uit één buurt',
  neighbourhoodFeedsIntro:
    'Wilt u alleen het nieuws uit uw eigen buurt? Elke buurt heeft een eigen adres, met het nieuws over de buurt en over de projecten in die buurt.',
  copyButton: 'Kopieer',
  copyButtonFor: (what: string) => `het adres van: ${what}`,
  copied: 'Gekopieerd',
  copyFailed: 'Kopiëren lukte niet. Selecteer het adres en kopieer het zelf.',
  socialTitle: 'Op X (Twitter)',
  socialText: (account: string) => `Wij plaatsen nieuws ook op X, als ${account}.`,
  shareImageAlt: (site: string) => `De naam ${site} in witte letters op een groene achtergrond`,
  // The agenda.
  agenda: 'Agenda',
  agendaTitle: 'Agenda: bijeenkomsten in West',
  agendaDescription: (site: string) =>
    `Bewonersavonden, informatiemarkten, open dagen en spreekuren van ${site}, de eerstvolgende bovenaan.`,
  agendaIntro:
    'Hier staat wanneer u kunt meepraten, komen kijken of uw vragen kunt stellen. De eerstvolgende bijeenkomst staat bovenaan.',
  agendaNone:
    'Er staan nu geen bijeenkomsten gepland. Kijk later nog eens, of volg de agenda in uw eigen agenda.',
  agendaSubscribe: 'Zet alle bijeenkomsten in uw eigen agenda',
  agendaSubscribeText:
    'Met één abonnement ziet u nieuwe bijeenkomsten vanzelf in de agenda van uw telefoon of computer, ook als er een verschuift of niet doorgaat.',
  agendaHowTo: 'Zo werkt het',
  agendaPast: 'Eerdere bijeenkomsten',
  agendaYearTitle: (year: number) => `Agenda ${year}: eerdere bijeenkomsten`,
  agendaYearDescription: (site: string, year: number) => `De bijeenkomsten van ${site} in ${year}.`,
  meetingCount: (n: number) => plural(n, { one: 'bijeenkomst', other: 'bijeenkomsten' }),
  agendaAll: 'De hele agenda',
  projectMeetings: 'Bijeenkomsten over dit project',
  neighbourhoodMeetings: 'Bijeenkomsten in deze buurt',
  meetingWhen: 'Wanneer',
  meetingWhere: 'Waar',
  meetingOnline: 'Online',
  meetingCancelled: 'Afgelast',
  meetingCancelledBecause: (reason: string) => `Afgelast: ${reason}`,
  meetingOver: 'Deze bijeenkomst is voorbij.',
  addToCalendar: 'Zet in mijn agenda',
  addToCalendarHint: 'Een agendabestand (.ics) voor Outlook, Apple Agenda, Google Agenda en andere agenda’s.',
  cancelledInCalendar:
    'Had u deze bijeenkomst al in uw agenda gezet? Open dan het agendabestand nog een keer. Uw agenda zet de bijeenkomst dan op afgelast.',
  cancelledCalendarLink: 'Het agendabestand van deze bijeenkomst',
  meetingCalendarName: (site: string) => `Agenda ${site}`,
  calendarTitle: 'De agenda in uw eigen agenda',
  calendarIntro:
    'U kunt de bijeenkomsten van de agenda in de agenda van uw telefoon of computer zetten. Dat heet een abonnement. Komt er een bijeenkomst bij, verschuift er een of gaat er een niet door? Dan ziet u dat vanzelf, meestal binnen een dag.',
  calendarAddressLabel: 'Het adres van de agenda',
  calendarOpen: 'Abonneer in mijn agenda',
  calendarOpenHint: 'Werkt op een iPhone, iPad of Mac, en in Outlook op een computer.',
  calendarHowTo: [
    {
      device: 'iPhone of iPad',
      steps: ['Tik op “Abonneer in mijn agenda” hierboven.', 'Tik op “Abonneer” en daarna op “Voeg toe”.'],
    },
    {
      device: 'Android-telefoon (Google Agenda)',
      steps: [
        'Kopieer het adres van de agenda.',
        'Open Google Agenda op een computer: calendar.google.com. Dat kan niet in de app.',
        'Klik links bij “Andere agenda’s” op het plusteken en kies “Via URL”.',
        'Plak het adres en klik op “Agenda toevoegen”. De agenda staat daarna ook op uw telefoon.',
      ],
    },
    {
      device: 'Outlook op een computer',
      steps: [
        'Kopieer het adres van de agenda.',
        'Ga naar Agenda en kies “Agenda toevoegen” en dan “Abonneren vanaf internet”.',
        'Plak het adres en klik op “Importeren”.',
      ],
    },
    {
      device: 'Mac (Agenda)',
      steps: [
        'Klik op “Abonneer in mijn agenda” hierboven, of kies in Agenda “Archief” en dan “Nieuw agenda-abonnement”.',
        'Plak het adres als daarom gevraagd wordt en klik op “Abonneer”.',
      ],
    },
  ],
  calendarOneMeeting:
    'Wilt u maar één bijeenkomst? Kies dan op de pagina van die bijeenkomst “Zet in mijn agenda”.',
  meetingCalendarDescription: (site: string) => `De bijeenkomsten van ${site} in Kerkrade-West.`,
} as const;
