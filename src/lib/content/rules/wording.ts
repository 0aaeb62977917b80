/**
 * Every content problem in the words the build stops with, the editor shows under the field and
 * the banner of a failed build lists: `file: veld "field": what is expected`. Written once, here.
 */
import { plural } from '../../../strings/format.ts';
import type { Issue, Problem } from './problem.ts';

/** What is expected of a day that does not exist or is written another way. */
export function notADay(text: string, example = '2011-12-08'): string {
  return `"${text}" is geen bestaande datum; schrijf JJJJ-MM-DD, bijvoorbeeld ${example}`;
}

const FIXED_PAGE = 'een vaste pagina van de site';

/** What is wrong and what is expected, without the file and the field. */
export function expectation(issue: Issue): string {
  switch (issue.kind) {
    case 'field':
      return issue.expected;
    case 'file-name':
      return `de bestandsnaam moet uit kleine letters, cijfers en streepjes bestaan en op .md eindigen, bijvoorbeeld "${issue.suggestion || 'mijn-bericht'}.md"`;
    case 'file-name-form':
      return `de bestandsnaam moet ${issue.form} zijn, bijvoorbeeld "${issue.example}.md"`;
    case 'no-file-name':
      return 'uit deze titel valt geen bestandsnaam te maken; gebruik letters of cijfers';
    case 'no-front-matter':
      return 'het bestand moet beginnen met een blok tussen twee regels "---" (de frontmatter)';
    case 'yaml': {
      const where = issue.line ? ` op regel ${issue.line.number} ("${issue.line.text}")` : '';
      return `de YAML klopt niet${where}: ${issue.reason}. Controleer het inspringen en zet een tekst met een dubbele punt (:) of # tussen aanhalingstekens`;
    }
    case 'missing-image':
      return `het bestand "${issue.path}" bestaat niet; zet de afbeelding in dezelfde map als dit bestand en schrijf bijvoorbeeld "image: ./foto.jpg"`;
    case 'not-a-day':
      return notADay(issue.text, issue.example);
    case 'same-slug':
      return `twee bestanden hebben dezelfde naam "${issue.slug}" en dus hetzelfde webadres; geef één van beide een andere naam`;
    case 'not-rendered':
      return 'de tekst kon niet worden omgezet naar een webpagina (zie de fout hierboven)';
    case 'missing-file':
      return 'dit bestand ontbreekt';
    case 'not-fields':
      return 'verwacht velden als "name: West wint aan ruimte", één per regel';
    case 'unknown-reference':
      return `"${issue.id}" bestaat niet in content/${issue.folder}/ (kies uit: ${[...issue.choices].sort().join(', ') || 'nog niets'})`;
    case 'number-used-twice':
      return `nummer ${issue.number} komt meer dan eens voor; elke ${issue.one} heeft een eigen nummer`;
    case 'number-slug':
      return `de bestandsnaam "${issue.slug}" is alleen een getal, maar ${issue.list}${issue.slug}/ is een pagina van het overzicht; zet er een woord bij, bijvoorbeeld "${issue.slug}-bericht.md"`;
    case 'address-taken':
      return `het adres ${issue.address} is al in gebruik door ${issue.owner ?? FIXED_PAGE}; kies een andere bestandsnaam`;
    case 'alias-own':
      return `"${issue.alias}" is het eigen adres van deze pagina of staat er twee keer in`;
    case 'alias-taken':
      return `"${issue.alias}" is al in gebruik door ${issue.owner ?? FIXED_PAGE}`;
    case 'editor-address':
      return `het adres ${issue.address} begint met ${issue.prefix}, dat is voor de redactieomgeving; kies een andere bestandsnaam`;
    case 'editor-alias':
      return `"${issue.alias}" begint met ${issue.prefix}, dat is voor de redactieomgeving`;
    case 'form-action-invalid':
      return `newsletterSignupAction in content/site.yaml ("${issue.action}") is geen geldig adres.`;
    case 'form-action-blocked':
      return (
        `Het aanmeldformulier van de nieuwsbrief verstuurt naar ${issue.origin} (newsletterSignupAction in content/site.yaml), ` +
        `maar de Content-Security-Policy van de site staat dat niet toe, dus de browser zou het formulier blokkeren. ` +
        `Laat een ontwikkelaar ${issue.origin} toevoegen aan FORM_ACTION_SOURCES in src/lib/security/headers.ts, ` +
        `of zet newsletterSignupAction terug op /nieuwsbrief/aangemeld/.`
      );
    case 'policy-not-a-page':
      return `${issue.policy} is geen pagina van deze site`;
    case 'unknown-street':
      return issue.suggestion
        ? `"${issue.name}" staat niet in de stratenlijst (${issue.list}); bedoelt u ${issue.suggestion}?`
        : `"${issue.name}" staat niet in de stratenlijst (${issue.list}); kies een straat uit die lijst, of zet de straat er eerst bij`;
    case 'street-twice':
      return `de straat "${issue.name}" staat meer dan eens in de lijst; noem elke straat één keer`;
    case 'unreadable-pdf':
      return 'Dit bestand is geen PDF die te lezen is. Kies een ander bestand.';
    case 'untagged-pdf': {
      const missing = issue.missing.map((what) =>
        what === 'tags' ? 'gemarkeerde inhoud (tags)' : 'een documenttaal',
      );
      return (
        `het bestand public${issue.path} is niet toegankelijk: het mist ${missing.join(' en ')}. ` +
        `Een pdf bij een editie van ${issue.from} of later moet toegankelijk zijn (wettelijke eis). ` +
        'Exporteer de pdf opnieuw met "getagde pdf" en de taal Nederlands aan, of laat het veld pdf weg: de editie staat ook als tekst op de site'
      );
    }
  }
}

/** One problem as one line: `file: veld "field": what is expected`. */
export function problemLine(problem: Problem): string {
  const where = problem.files.join(' en ');
  const field = problem.field === null ? '' : `veld "${problem.field}": `;
  return `${where}: ${field}${expectation(problem.issue)}`;
}

/** The build's message: one problem as its line, more as a counted list. */
export function problemsMessage(problems: readonly Problem[]): string {
  if (problems.length === 1) return problemLine(problems[0]!);
  return `${plural(problems.length, { one: 'fout', other: 'fouten' })} in de inhoud:\n${problems.map((p) => `  - ${problemLine(p)}`).join('\n')}`;
}

/** A mistake in the content that stops the build: the problems as data, and in words as its message. */
export class ContentError extends Error {
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    super(problemsMessage(problems));
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** Stops the build when there are problems. */
export function stopOn(problems: readonly Problem[]): void {
  if (problems.length > 0) throw new ContentError(problems);
}
