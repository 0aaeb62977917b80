/**
 * The rules of an idea (src/lib/content/types/ideas.ts), each as a unit test of the rule: as the
 * editor checks an entry before saving (problemsOfEntry: the schema, the file's form and the
 * rules across files) and as the build's loader checks a file on disk (checkContentFiles). Both
 * word a problem alike: `file: veld "field": what is expected`.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { factsOfEntries, problemsOfEntry, type LoadedEntry } from '../../src/lib/admin/entry-checks';
import { checkContentFiles } from '../../src/lib/content/loader';
import { problemLine } from '../../src/lib/content/rules/wording';
import { ideas, isShown } from '../../src/lib/content/types/ideas';
import { startOfAmsterdamDay } from '../../src/lib/dates/amsterdam';
import { ANSWER_WITHIN_DAYS, countIdeas, waitingTooLong } from '../../src/lib/ideas/counts';
import { md, removeFixture, writeFixture } from '../../scripts/lib/content-folder.ts';

const NOW = new Date('2027-03-01T12:00:00Z');

const entry = (collection: string, slug: string, data: Record<string, unknown>): LoadedEntry => ({
  collection,
  path: `content/${collection}/${slug}.md`,
  data,
});
const others = [
  entry('buurten', 'heilust', { title: 'Heilust', summary: 'Een buurt.', body: 'Tekst.' }),
  entry('themas', 'natuur', { title: 'Natuur', summary: 'Groen.', order: 1, body: 'Tekst.' }),
  entry('projecten', 'park-west', {
    title: 'Park West',
    summary: 'Een park.',
    theme: 'natuur',
    neighbourhoods: ['heilust'],
    status: 'afgerond',
    body: 'Tekst.',
  }),
];
const facts = factsOfEntries(others, NOW);

const waiting = { received: '2027-02-14', status: 'ontvangen', public: true, projects: ['park-west'] };
const answered = {
  ...waiting,
  status: 'uitgevoerd',
  answered: '2027-02-20',
  idea: 'Meer bankjes langs het pad.',
  body: 'Goed idee. De bankjes staan er.',
};

/** Every problem the editor would refuse the idea for, as the build's lines. */
const problems = (data: Record<string, unknown>, slug = '2027-014') =>
  problemsOfEntry(entry('ideeen', slug, data), facts, NOW).map(problemLine);

describe('an idea', () => {
  it('as the function writes it (waiting, no text) and once answered, passes', () => {
    expect(problems(waiting)).toEqual([]);
    expect(
      problems({ ...waiting, public: false, wantsReply: true, submission: '692c1b7e4f0a3d0008e51f2a' }),
    ).toEqual([]);
    expect(problems(answered)).toEqual([]);
    // Not public: answered without its words shown.
    expect(problems({ ...answered, public: false, idea: undefined })).toEqual([]);
  });

  it('refuses a status not in the list, naming the five', () => {
    expect(problems({ ...waiting, status: 'klaar' })).toEqual([
      'content/ideeen/2027-014.md: veld "status": verwacht ontvangen, in-behandeling, wordt-uitgevoerd, uitgevoerd of niet-uitgevoerd',
    ]);
  });

  it('refuses an answer without a text', () => {
    expect(problems({ ...answered, body: '  \n' })).toEqual([
      'content/ideeen/2027-014.md: veld "body": een idee met een antwoord (elke stand behalve ontvangen) heeft het antwoord als tekst onder de velden',
    ]);
  });

  it('refuses an answer without the day of the answer', () => {
    expect(problems({ ...answered, answered: undefined })).toEqual([
      'content/ideeen/2027-014.md: veld "answered": een antwoord heeft de datum van het antwoord nodig (answered), JJJJ-MM-DD',
    ]);
  });

  it('refuses an answer dated before the idea came in', () => {
    expect(problems({ ...answered, answered: '2027-02-13' })).toEqual([
      'content/ideeen/2027-014.md: veld "answered": de datum van het antwoord ligt vóór de dag dat het idee binnenkwam (received)',
    ]);
    expect(problems({ ...answered, answered: '2027-02-14' })).toEqual([]);
  });

  it('refuses a public answered idea without the words to show', () => {
    expect(problems({ ...answered, idea: undefined })).toEqual([
      'content/ideeen/2027-014.md: veld "idea": een openbaar idee met een antwoord staat op de site: schrijf het idee in "idea", zonder persoonlijke gegevens',
    ]);
  });

  it('refuses an unknown project or buurt, listing the ones there are', () => {
    expect(problems({ ...waiting, projects: ['park-oost'], neighbourhoods: ['chevremont'] })).toEqual([
      'content/ideeen/2027-014.md: veld "projects": "park-oost" bestaat niet in content/projecten/ (kies uit: park-west)',
      'content/ideeen/2027-014.md: veld "neighbourhoods": "chevremont" bestaat niet in content/buurten/ (kies uit: heilust)',
    ]);
  });

  it('refuses a file name that is not a reference', () => {
    const expected = (slug: string) => [
      `content/ideeen/${slug}.md: de bestandsnaam moet het jaar en een volgnummer van drie cijfers (JJJJ-NNN) zijn, bijvoorbeeld "2027-014.md"`,
    ];
    expect(problems(waiting, 'meer-bankjes')).toEqual(expected('meer-bankjes'));
    expect(problems(waiting, '2027-14')).toEqual(expected('2027-14'));
    expect(problems(waiting, '27-014')).toEqual(expected('27-014'));
    expect(problems(waiting, '2027-1014')).toEqual([]);
  });

  it('refuses a missing consent field: whether it may be shown is never guessed', () => {
    expect(problems({ ...waiting, public: undefined })).toEqual([
      'content/ideeen/2027-014.md: veld "public": verwacht true of false',
    ]);
  });
});

describe('the build reads an idea file by the same rules', () => {
  const folders: string[] = [];
  afterEach(() => {
    for (const dir of folders.splice(0)) removeFixture(dir);
  });
  const check = (files: Record<string, string>) => {
    const root = writeFixture(files);
    folders.push(root);
    return () => checkContentFiles(join(root, 'ideeen'), 'ideas', root);
  };
  const front = 'received: 2027-02-14\nstatus: uitgevoerd\npublic: false\nanswered: 2027-02-20';

  it('an answer with its text, and a waiting idea without, pass', () => {
    expect(check({ 'ideeen/2027-014.md': md(front, 'Het antwoord.') })).not.toThrow();
    expect(
      check({ 'ideeen/2027-015.md': '---\nreceived: 2027-02-14\nstatus: ontvangen\npublic: false\n---\n' }),
    ).not.toThrow();
  });

  it('stops on an answer without text, and on a file name that is not a reference', () => {
    expect(check({ 'ideeen/2027-014.md': `---\n${front}\n---\n\n` })).toThrow(
      'ideeen/2027-014.md: veld "body": een idee met een antwoord',
    );
    expect(check({ 'ideeen/bankjes.md': md(front, 'Het antwoord.') })).toThrow(
      'ideeen/bankjes.md: de bestandsnaam moet het jaar en een volgnummer',
    );
  });

  it('stops on an impossible day of an answer, which YAML would roll over', () => {
    expect(
      check({ 'ideeen/2027-014.md': md(front.replace('2027-02-20', '2027-02-30'), 'Antwoord.') }),
    ).toThrow('veld "answered": "2027-02-30" is geen bestaande datum');
  });
});

describe('what is shown and what is counted', () => {
  const idea = (received: string, status: string, isPublic = true) => ({
    file: `content/ideeen/${received.slice(0, 4)}-001.md`,
    data: { received: startOfAmsterdamDay(received), status: status as 'ontvangen', public: isPublic },
  });

  it('the site is built again on the first of January after an idea came in: /ideeen/ counts "this year"', () => {
    expect(ideas.rebuildOn!(idea('2026-12-31', 'ontvangen').data as never)).toEqual(['2027-01-01']);
    expect(ideas.rebuildOn!(idea('2027-01-01', 'uitgevoerd').data as never)).toEqual(['2028-01-01']);
  });

  it('only a public answered idea is shown', () => {
    expect(isShown({ public: true, status: 'uitgevoerd' })).toBe(true);
    expect(isShown({ public: true, status: 'ontvangen' })).toBe(false);
    expect(isShown({ public: false, status: 'uitgevoerd' })).toBe(false);
  });

  it('every idea counts, public or not, this year and in all, by where it stands', () => {
    const counts = countIdeas(
      [
        idea('2026-12-31', 'uitgevoerd'),
        idea('2027-01-01', 'ontvangen', false),
        idea('2027-02-01', 'niet-uitgevoerd', false),
        idea('2027-02-02', 'in-behandeling'),
      ],
      '2027-03-01',
    );
    expect(counts).toEqual({
      year: 2027,
      inYear: 3,
      total: 4,
      answered: 3,
      byStatus: {
        ontvangen: 1,
        'in-behandeling': 1,
        'wordt-uitgevoerd': 0,
        uitgevoerd: 1,
        'niet-uitgevoerd': 1,
      },
    });
  });

  it(`warns for every idea that waits more than ${ANSWER_WITHIN_DAYS} days, oldest first, naming it and its age`, () => {
    const today = '2027-03-01';
    const late = waitingTooLong(
      [idea('2027-02-01', 'ontvangen'), idea('2027-01-30', 'ontvangen'), idea('2027-01-01', 'uitgevoerd')],
      today,
    );
    // 2027-02-01 is 28 days before 1 March: not yet too long.
    expect(late.map(({ idea, days }) => [idea.data.received.toISOString(), days])).toEqual([
      [startOfAmsterdamDay('2027-01-30').toISOString(), 30],
    ]);
    const warning = ideas.warning!(
      [idea('2027-01-30', 'ontvangen'), idea('2026-12-01', 'ontvangen')] as never,
      today,
    );
    expect(warning).toBe(
      [
        'Ideeën: 2 ideeën wachten langer dan 28 dagen op antwoord. Dit houdt niets tegen; de site wordt gewoon gebouwd.',
        '  - content/ideeen/2026-001.md: wacht al 90 dagen op antwoord',
        '  - content/ideeen/2027-001.md: wacht al 30 dagen op antwoord',
      ].join('\n'),
    );
    expect(ideas.warning!([idea('2027-02-20', 'ontvangen')] as never, today)).toBeNull();
  });
});
