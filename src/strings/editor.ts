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
    notShown:
      'Dit idee komt niet op de site: het is niet openbaar, of nog niet beantwoord. Het telt wel mee in de aantallen op de pagina met ideeën.',
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
