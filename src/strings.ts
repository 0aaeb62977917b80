/**
 * Every Dutch interface text in one place, so wording stays consistent and is easy to review.
 * The programme's name is content (content/site.yaml), so texts that name it take it as `site`.
 */

const COUNT_WORDS = [
  'nul',
  'één',
  'twee',
  'drie',
  'vier',
  'vijf',
  'zes',
  'zeven',
  'acht',
  'negen',
  'tien',
  'elf',
  'twaalf',
];

const oneDecimal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

/** A file size as Dutch readers write it: "850 kB", "1,2 MB" (1 kB = 1000 bytes). */
export function fileSize(bytes: number): string {
  if (bytes < 1_000_000) return `${Math.max(1, Math.round(bytes / 1000))} kB`;
  return `${oneDecimal.format(bytes / 1_000_000)} MB`;
}

/** Choices as Dutch lists them: "a, b of c". */
export function orList(items: readonly string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} of ${items.at(-1)}`;
}

/** Small numbers in words, as Dutch writing style has them ("vier thema’s"); larger ones in digits. */
export function countWord(n: number): string {
  return COUNT_WORDS[n] ?? String(n);
}
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
  newsCount: (n: number) => (n === 1 ? '1 bericht' : `${n} berichten`),
  edition: (n: number) => `Editie ${n}`,
  editionsTitle: 'Nieuwsbrief Heilust',
  editionsIntro:
    'HEEMwonen en de gemeente Kerkrade geven samen de digitale Nieuwsbrief Heilust uit. Hier vindt u alle edities, de nieuwste bovenaan.',
  /** "Download de nieuwsbrief (pdf, 1,2 MB, 8 pagina’s)": what the link gives, before it is clicked. */
  downloadPdf: (bytes: number, pages: number) =>
    `Download de nieuwsbrief (pdf, ${fileSize(bytes)}, ${pages === 1 ? '1 pagina' : `${pages} pagina’s`})`,
  ideaCallTitle: 'Goede ideeën in West!',
  ideaCallText: 'Heeft u een idee voor uw buurt of over een van de projecten? Laat het ons weten.',
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
  siteFeedLabel: 'Alles: nieuws en de nieuwsbrief',
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
  meetingCount: (n: number) => (n === 1 ? '1 bijeenkomst' : `${n} bijeenkomsten`),
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

/**
 * Texts of the idea form and the newsletter sign-up. A separate object, because the
 * forms' browser script imports it and should not carry the rest of the site's texts.
 */
export const formText = {
  required: '(verplicht)',
  optional: '(niet verplicht)',
  noChoice: 'Maak een keuze (niet verplicht)',
  honeypot: 'Laat dit veld leeg',
  sending: 'Bezig met versturen …',
  errorSummaryTitle: 'Er ontbreekt nog iets',
  errorSummaryIntro: 'Kijk dit na voordat u verstuurt:',
  // The idea form.
  ideaTitle: 'Goede ideeën in West!',
  ideaIntro:
    'Heeft u een idee voor uw buurt of over een van de projecten? Schrijf het hieronder op. Wij lezen elk idee.',
  ideaLabel: 'Uw idee',
  ideaHint: (max: string) => `U kunt zo veel schrijven als u wilt, tot ${max} tekens.`,
  ideaCounter: (left: string, max: string) => `Nog ${left} van de ${max} tekens over.`,
  ideaCounterOver: (over: string) => `${over} tekens te veel. Maak uw tekst wat korter.`,
  projectLabel: 'Over welk project gaat uw idee?',
  neighbourhoodLabel: 'Over welke buurt gaat uw idee?',
  nameLabel: 'Uw naam',
  emailLabel: 'Uw e-mailadres',
  ideaEmailHint: 'Alleen als u antwoord wilt. We gebruiken het nergens anders voor.',
  consentLabel: (site: string) =>
    `Ik geef toestemming dat ${site} mijn gegevens gebruikt zoals beschreven in de`,
  privacyLink: 'privacyverklaring',
  ideaSubmit: 'Verstuur mijn idee',
  draftRestored: 'Wat u eerder typte, staat er weer. U kunt verdergaan waar u was.',
  ideaDraftNote:
    'Wat u typt, bewaart deze browser op uw eigen apparaat tot het verstuurd is. Zo raakt u niets kwijt.',
  ideaThanksTitle: 'Bedankt voor uw idee!',
  ideaThanksText:
    'Wij hebben uw idee goed ontvangen. Het programmateam leest het. Heeft u uw e-mailadres ingevuld, dan horen we het als we een vraag hebben of laten we weten wat we met uw idee doen.',
  ideaAnother: 'Nog een idee sturen',
  // The newsletter sign-up.
  signupTitle: 'Krijg een e-mail bij elke nieuwe nieuwsbrief',
  signupIntro:
    'Vul uw e-mailadres in. Wij sturen u alleen een bericht als er een nieuwe Nieuwsbrief Heilust verschijnt.',
  signupEmailHint: 'Bijvoorbeeld: naam@voorbeeld.nl',
  signupConsentLabel: 'Ik wil een e-mail krijgen bij elke nieuwe nieuwsbrief en ga akkoord met de',
  signupSubmit: 'Aanmelden',
  signupRss: 'Liever geen e-mail? Volg de nieuwe edities met een RSS-lezer',
  signupThanksTitle: 'Bijna klaar: kijk in uw mailbox',
  signupThanksText:
    'Wij hebben u een e-mail gestuurd. Klik op de link in die e-mail om uw aanmelding te bevestigen. Tot u dat doet, sturen wij u niets. Geen e-mail gezien? Kijk dan ook bij ongewenste e-mail (spam).',
  // "Was deze pagina nuttig?" under news items, projects and pages.
  feedbackQuestion: 'Was deze pagina nuttig?',
  feedbackYes: 'Ja',
  feedbackNo: 'Nee',
  feedbackRemarkLabel: 'Wat kunnen we beter maken?',
  feedbackRemarkHint:
    'Schrijf hier geen naam, e-mailadres of telefoonnummer: we kunnen niet antwoorden. Wilt u antwoord? Kijk dan op de contactpagina.',
  feedbackSubmit: 'Verstuur',
  feedbackThanksTitle: 'Bedankt voor uw reactie!',
  feedbackThanksText:
    'Met uw antwoord maken we de website beter. We weten niet wie u bent en kunnen niet antwoorden.',
  feedbackContact: 'Een vraag? Neem contact met ons op',
  backHome: 'Terug naar de voorpagina',
  toProjects: 'Lees over de projecten in West',
  backToEditions: 'Naar alle edities van de nieuwsbrief',
  // Messages next to a field.
  errors: {
    ideaMissing: 'Schrijf eerst uw idee op.',
    ideaTooLong: (max: string) => `Uw idee is te lang. Gebruik hoogstens ${max} tekens.`,
    emailMissing: 'Vul uw e-mailadres in.',
    emailInvalid: 'Dit lijkt geen e-mailadres. Een e-mailadres ziet eruit als naam@voorbeeld.nl.',
    tooLong: (max: string) => `Dit is te lang. Gebruik hoogstens ${max} tekens.`,
    consentMissing: 'Vink het vakje aan om te laten weten dat u akkoord gaat.',
    missing: 'Vul dit veld in.',
  },
  // Why sending failed; what the resident typed always stays in the form.
  failure: {
    offline:
      'Het versturen is niet gelukt: er is geen internetverbinding. Uw tekst staat er nog. Probeer het opnieuw zodra u weer verbinding hebt.',
    network:
      'Het versturen is niet gelukt: de verbinding met de website werd verbroken. Uw tekst staat er nog. Probeer het over een paar minuten opnieuw.',
    client: (status: number) =>
      `Het versturen is niet gelukt (foutcode ${status}). Uw tekst staat er nog. Probeer het later opnieuw of laat het ons op een andere manier weten.`,
    server: (status: number) =>
      `Het versturen is niet gelukt: er ging bij ons iets mis (foutcode ${status}). Dat ligt niet aan u. Uw tekst staat er nog. Probeer het over een paar minuten opnieuw.`,
  },
} as const;

/**
 * Texts of the search page. A separate object, because the search page's browser
 * script imports it and should not carry the rest of the site's texts.
 */
export const searchText = {
  title: 'Zoeken',
  description: (site: string) =>
    `Zoek in het nieuws, de nieuwsbrieven, de projecten en de andere pagina’s van ${site}.`,
  intro: 'Zoek in het nieuws, de nieuwsbrieven, de projecten en de andere pagina’s van deze site.',
  label: 'Waar zoekt u naar?',
  hint: 'Bijvoorbeeld: huisbezoek, sloop Gladiolenstraat of nieuwsbrief 2012. De resultaten verschijnen terwijl u typt.',
  button: 'Zoek',
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
      : n === 1
        ? `1 resultaat voor “${query}”.`
        : `${n} resultaten voor “${query}”.`,
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

/**
 * The mail that announces a new edition to the subscribers (src/lib/newsletter/mail.ts).
 * Kept apart from the page texts: no page's script needs them.
 */
export const mailText = {
  preview: (title: string) => `${title} staat online.`,
  heading: 'Er is een nieuwe Nieuwsbrief Heilust',
  published: (date: string) => `Verschenen op ${date}`,
  readOnSite: 'Lees de nieuwsbrief op de website',
  sender: (site: string) =>
    `De Nieuwsbrief Heilust is een uitgave van HEEMwonen en de gemeente Kerkrade, binnen het programma ${site}.`,
  why: 'U krijgt deze e-mail omdat u zich heeft aangemeld voor een bericht bij elke nieuwe Nieuwsbrief Heilust.',
  unsubscribe: 'Afmelden voor deze e-mails',
  website: (site: string) => `Naar de website van ${site}`,
  agenda: 'Agenda',
  agendaAll: 'Alle bijeenkomsten in de agenda',
  cancelled: (title: string) => `Afgelast: ${title}`,
  cancelledBecause: (reason: string) => `Gaat niet door: ${reason}`,
};

/**
 * What became of each edition's mail and of the sign-ups, as the editor at /admin/ shows it
 * (src/admin/newsletter-panel.ts), and the reasons the functions record in plain words.
 * `moment` is formatMoment's "08:00" or "3 december 2026 om 08:00".
 */
const atMoment = (moment: string) => `${moment.includes(' om ') ? 'op' : 'om'} ${moment}`;
const plural = (n: number, one: string, more: string) => (n === 1 ? `1 ${one}` : `${n} ${more}`);

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
      `Verstuurd ${atMoment(moment)}${subscribers === undefined ? '' : ` aan ${plural(subscribers, 'abonnee', 'abonnees')}`}.`,
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
      `${plural(n, 'aanmelding wacht', 'aanmeldingen wachten')} op Laposta, de oudste sinds ${moment}. Ze worden elk uur opnieuw doorgegeven; u hoeft niets te doen.`,
    signUpsExpired: (n: number, days: number) =>
      `${plural(n, 'aanmelding kon', 'aanmeldingen konden')} ${days} dagen lang niet worden doorgegeven en ${n === 1 ? 'is' : 'zijn'} vervallen.`,
    close: 'Sluiten',
  },
};

/** The editor at /admin/ (src/admin/): what it adds to Sveltia CMS, which has Dutch texts of its own. */
export const editorText = {
  refused: 'Niet opgeslagen: met deze inhoud zou de site niet gebouwd kunnen worden.',
  pdf: {
    choose: 'PDF kiezen',
    replace: 'Andere PDF kiezen',
    remove: 'PDF weghalen',
    checking: 'De PDF wordt gecontroleerd …',
    current: (name: string) => `Gekozen: ${name}`,
    tagged: (language: string) => `Toegankelijk: getagd, documenttaal ${language}.`,
  },
  status: {
    label: 'Publicatie',
    publishing: 'Bezig met publiceren …',
    publishingHelp:
      'De site wordt opnieuw gebouwd. Dat duurt meestal een tot drie minuten; u hoeft niets te doen.',
    online: (moment: string) => `Staat online sinds ${moment}`,
    viewPage: 'Bekijk de pagina op de site',
    draft: 'Dit item is een concept: het staat niet op de site tot u “Concept” uitzet.',
    future: (date: string) => `Dit item verschijnt op ${date}.`,
    failed: 'Niet gepubliceerd',
    failedHelp:
      'De site die online staat, is niet veranderd. Verbeter wat hierboven staat en sla het item opnieuw op; dan wordt de site opnieuw gebouwd.',
    technical:
      'De bouw stopte door een technische fout, niet door de inhoud. Probeer het over een kwartier nog eens door het item opnieuw op te slaan. Lukt het dan nog niet, vraag de beheerder van de site het bouwlog (Deploy log) in Netlify te bekijken.',
    lastOnline: (moment: string) =>
      `De site is voor het laatst bijgewerkt ${moment.includes(' om ') ? 'op' : 'om'} ${moment}.`,
    close: 'Melding sluiten',
  },
  readability: {
    heading: 'Leesbaarheid (taalniveau B1)',
    good: 'Goed leesbaar: deze tekst haalt alle grenzen.',
    toImprove:
      'Deze tekst is nog niet makkelijk genoeg. Wat u kunt verbeteren, staat hieronder. U kunt gewoon opslaan.',
    empty: 'Nog geen tekst om te meten.',
    measures: 'Metingen',
    wordsPerSentence: 'Woorden per zin, gemiddeld',
    longWords: 'Lange woorden (4 lettergrepen of meer)',
    fleschDouma: 'Leesgemak (Flesch-Douma, 0 tot 100)',
    atMost: (limit: string) => `hoogstens ${limit}`,
    atLeast: (limit: string) => `minstens ${limit}`,
    met: 'goed',
    missed: 'te hoog',
    missedLow: 'te laag',
    longSentences: (limit: number) => `Zinnen van meer dan ${limit} woorden`,
    wordCount: (words: number) => `(${words} woorden)`,
    officialese: 'Moeilijke woorden, met een gewoon woord ervoor',
    passive: 'Lijdende vorm: zeg wie het doet',
    longWordList: 'Lange woorden',
  },
};
