/**
 * What residents read about ideas and their answers: the lists, the counts, the page of one
 * answered idea, the feeds and the newsletter's mail. Plural forms are data (format.ts).
 */
import { plural } from './format.ts';

export const ideaText = {
  /** In a feed or the mail: the answer's status and the idea's first words. */
  answerTitle: (heading: string, status: string) => `${status}: ${heading}`,
  theIdea: 'Het idee',
  reference: 'Volgnummer',
  theAnswer: 'Ons antwoord',
  received: 'Binnengekomen',
  answered: 'Beantwoord',
  status: 'Stand van zaken',
  about: 'Over',
  aboutProjects: 'Over het project',
  aboutNeighbourhoods: 'Buurt',
  readAnswer: 'Lees het hele antwoord',
  // /ideeen/
  resultsTitle: 'Wat we met uw ideeën doen',
  resultsIntro:
    'Wij lezen elk idee en geven op elk idee antwoord. Hier ziet u hoeveel ideeën er binnenkwamen en wat we ermee deden. Alle ideeën tellen mee. Alleen als de bewoner het goed vond, staan het idee en ons antwoord hieronder, zonder naam.',
  countsLabel: 'Ideeën in cijfers',
  receivedInYear: (year: number) => `Binnengekomen in ${year}`,
  receivedInAll: 'Binnengekomen in totaal',
  answeredCount: 'Beantwoord',
  waitingCount: 'Wacht nog op antwoord',
  answersOfYear: (year: number) => `Antwoorden op ideeën uit ${year}`,
  answersOfYearDescription: (year: number, site: string) =>
    `De antwoorden van ${site} op ideeën van bewoners, gegeven in ${year}.`,
  answersCount: (n: number) => plural(n, { one: 'antwoord', other: 'antwoorden' }),
  allYears: 'Alle antwoorden, per jaar',
  otherYears: 'Antwoorden uit andere jaren',
  noAnswers: 'Er staan nog geen antwoorden op de site.',
  // Project and neighbourhood pages.
  projectIdeas: 'Ideeën van bewoners over dit project',
  neighbourhoodIdeas: 'Ideeën van bewoners uit deze buurt',
  allIdeas: 'Alle ideeën en antwoorden',
  allProjectIdeas: (n: number) => `Alle ${n} ideeën over dit project`,
  earlierProjectIdeas: (project: string) => `Wat bewoners eerder voorstelden voor ${project}`,
  latestAnswers: 'De nieuwste antwoorden',
  // The page of one idea.
  pageDescription: (reference: string, status: string) =>
    `Een idee van een bewoner (${reference}) en het antwoord van het programma: ${status.toLowerCase()}.`,
  anotherIdea: 'Heeft u ook een idee? Stuur het ons',
  // Feeds.
  feedTitle: (site: string) => `Ideeën van bewoners: de antwoorden van ${site}`,
  feedDescription: (site: string) =>
    `Elk nieuw antwoord van ${site} op een idee van een bewoner, het nieuwste bovenaan.`,
  feedLabel: 'De antwoorden op ideeën van bewoners',
  // The newsletter's mail.
  mailTitle: 'Nieuwe antwoorden op uw ideeën',
  // The build's warning for ideas that wait too long.
  waitingTooLong: (days: number) => `wacht al ${plural(days, { one: 'dag', other: 'dagen' })} op antwoord`,
} as const;
