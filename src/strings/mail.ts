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
  works: 'Werk in de straat: nu en binnenkort',
  worksAll: 'Al het werk in de straat',
  cancelled: (title: string) => `Afgelast: ${title}`,
  cancelledBecause: (reason: string) => `Gaat niet door: ${reason}`,
  answers: 'Nieuwe antwoorden op ideeën van bewoners',
  answersAll: 'Alle ideeën en antwoorden',
};
