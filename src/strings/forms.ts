/**
 * Texts of the idea form, the newsletter sign-up and the page feedback. A module of their own:
 * the forms' browser script imports it and should not carry the rest of the site's texts.
 */
import { plural } from './format.ts';

export const formText = {
  required: '(verplicht)',
  optional: '(niet verplicht)',
  noChoice: 'Maak een keuze (niet verplicht)',
  honeypot: 'Laat dit veld leeg',
  sending: 'Bezig met versturen …',
  errorSummaryTitle: 'Er ontbreekt nog iets',
  errorSummaryIntro: 'Kijk dit na voordat u verstuurt:',
  /** The page's title after a send with problems: "2 fouten: Goede ideeën in West! …". */
  errorTitle: (count: number, title: string) =>
    `${plural(count, { one: 'fout', other: 'fouten' })}: ${title}`,
  // The idea form.
  ideaTitle: 'Goede ideeën in West!',
  ideaIntro:
    'Heeft u een idee voor uw buurt of over een van de projecten? Schrijf het hieronder op. Wij lezen elk idee.',
  projectIdeaTitle: (project: string) => `Uw idee over ${project}`,
  projectIdeaIntro: (project: string) =>
    `Heeft u een idee over ${project}? Schrijf het hieronder op. Wij lezen elk idee en geven antwoord.`,
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
  ideaThanksText: 'Wij hebben uw idee goed ontvangen. Het programmateam leest het en geeft antwoord.',
  ideaAnswerWhere: 'Gaf u toestemming om uw idee te laten zien? Dan staat het antwoord, zonder uw naam, op',
  ideaAnswerOnProject: (project: string) => `de pagina van ${project}`,
  and: 'en op',
  ideaAnswerOnIdeas: 'de pagina met alle ideeën',
  /** The thanks after a plain post (no script): the page cannot know what was filled in. */
  ideaAnswerWhereAfterPost:
    'Gaf u toestemming om uw idee te laten zien? Dan staat het antwoord, zonder uw naam, op de pagina met alle ideeën en op de pagina van het project dat u koos.',
  ideaWriteBack: 'U gaf uw e-mailadres. Wij schrijven u terug als we antwoord geven.',
  ideaWriteBackAfterPost: 'Gaf u uw e-mailadres? Dan schrijven wij u ook terug.',
  publicLabel: 'Mijn idee mag zonder mijn naam op de website staan, met het antwoord.',
  publicHint:
    'Wij zetten uw idee pas online als we het gelezen en beantwoord hebben. Uw naam en e-mailadres komen nooit op de site.',
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
