/**
 * The rules across files as getContent() runs them (src/lib/content/rules/run-rules.ts), on the
 * facts of entries shaped as Astro loads them (references as { id }, dates as Date): each mistake
 * stops with one message naming the file(s), the field and what is expected. Each rule is
 * unit-tested in its own file; tests/builds/content-errors.test.ts proves that such a message
 * stops a real build.
 */
import { describe, expect, it } from 'vitest';
import type { TypeName } from '../../src/lib/content/model';
import { readEditionPdfs } from '../../src/lib/content/pdf-file';
import { factsOfFile, factsOfSettings, type ContentFacts } from '../../src/lib/content/rules/facts';
import { stopOnProblemsAcrossFiles } from '../../src/lib/content/rules/run-rules';
import { startOfAmsterdamDay } from '../../src/lib/dates/amsterdam';
import { CONTENT_TYPES } from '../../src/lib/content/model';

const NOW = new Date('2026-12-01T12:00:00Z');

interface Entry {
  type: TypeName;
  id: string;
  data: Record<string, unknown>;
}

const ref = (collection: string, id: string) => ({ id, collection });
const fileOf = (e: Entry) => `content/${CONTENT_TYPES[e.type].folder}/${e.id}.md`;

function content() {
  return {
    settings: {
      newsletterSignupAction: '/nieuwsbrief/aangemeld/',
      security: { policy: '/kwetsbaarheid-melden/' },
    },
    entries: [
      { type: 'themes', id: 'wonen-en-leven', data: { title: 'Wonen en leven', summary: 'x', order: 1 } },
      { type: 'neighbourhoods', id: 'heilust', data: { title: 'Heilust', summary: 'x' } },
      {
        type: 'projects',
        id: 'achter-de-voordeur',
        data: {
          title: 'Achter de voordeur',
          theme: ref('themes', 'wonen-en-leven'),
          neighbourhoods: [ref('neighbourhoods', 'heilust')],
          aliases: ['/Deelprojecten/Wonen_en_leven/Achter_de_voordeur'],
        },
      },
      {
        type: 'news',
        id: 'bericht',
        data: {
          title: 'Bericht',
          date: startOfAmsterdamDay('2012-05-05'),
          projects: [],
          neighbourhoods: [],
          aliases: [],
        },
      },
      {
        type: 'editions',
        id: 'heilust-1',
        data: { title: 'Editie 1', edition: 1, date: startOfAmsterdamDay('2011-06-01'), aliases: [] },
      },
      { type: 'pages', id: 'kwetsbaarheid-melden', data: { title: 'Melden', aliases: [] } },
    ] as Entry[],
  };
}

const factsOf = (c: ReturnType<typeof content>): ContentFacts => ({
  files: c.entries.map((e) => factsOfFile({ type: e.type, file: fileOf(e), id: e.id, data: e.data }, NOW)),
  settings: factsOfSettings(c.settings),
});

/** The message the build would stop with, or null. */
function problem(change: (c: ReturnType<typeof content>) => void): string | null {
  const c = content();
  change(c);
  try {
    stopOnProblemsAcrossFiles(factsOf(c));
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

const entry = (c: ReturnType<typeof content>, type: TypeName) => c.entries.find((e) => e.type === type)!;

describe('stopOnProblemsAcrossFiles', () => {
  it('lets good content through', () => {
    expect(problem(() => {})).toBeNull();
  });

  it('stops on a project whose theme does not exist, listing the themes', () => {
    const message = problem((c) => {
      entry(c, 'projects').data.theme = ref('themes', 'natuur');
    });
    expect(message).toBe(
      'content/projecten/achter-de-voordeur.md: veld "theme": "natuur" bestaat niet in content/themas/ (kies uit: wonen-en-leven)',
    );
  });

  it('stops on two editions with one number, naming both files', () => {
    const message = problem((c) => c.entries.push({ ...entry(c, 'editions'), id: 'heilust-9' }));
    expect(message).toContain(
      'content/nieuwsbrief/heilust-1.md en content/nieuwsbrief/heilust-9.md: veld "edition": nummer 1 komt meer dan eens voor',
    );
  });

  it('stops on an old address that another item already has, telling both files', () => {
    const message = problem((c) => {
      (entry(c, 'news').data.aliases as string[]).push('/deelprojecten/wonen_en_leven/achter_de_voordeur');
    });
    expect(message).toBe(
      '2 fouten in de inhoud:\n' +
        '  - content/nieuws/bericht.md: veld "aliases": "/deelprojecten/wonen_en_leven/achter_de_voordeur" is al in gebruik door content/projecten/achter-de-voordeur.md\n' +
        '  - content/projecten/achter-de-voordeur.md: veld "aliases": "/Deelprojecten/Wonen_en_leven/Achter_de_voordeur" is al in gebruik door content/nieuws/bericht.md',
    );
  });

  it('a draft or an item waiting for its day claims no old address yet', () => {
    const clash = (data: Record<string, unknown>) =>
      problem((c) => {
        Object.assign(entry(c, 'news').data, data, {
          aliases: ['/deelprojecten/wonen_en_leven/achter_de_voordeur'],
        });
      });
    expect(clash({ draft: true })).toBeNull();
    expect(clash({ date: startOfAmsterdamDay('2026-12-02') })).toBeNull();
    expect(clash({})).not.toBeNull();
  });

  it('stops on a news file named only by a number', () => {
    const message = problem((c) => c.entries.push({ ...entry(c, 'news'), id: '2' }));
    expect(message).toContain('content/nieuws/2.md: de bestandsnaam "2" is alleen een getal');
  });

  it('lists every file that breaks the first rule broken, counted', () => {
    const message = problem((c) => {
      entry(c, 'projects').data.theme = ref('themes', 'natuur');
      entry(c, 'news').data.projects = [ref('projects', 'park-oost')];
    });
    expect(message).toBe(
      '2 fouten in de inhoud:\n' +
        '  - content/nieuws/bericht.md: veld "projects": "park-oost" bestaat niet in content/projecten/ (kies uit: achter-de-voordeur)\n' +
        '  - content/projecten/achter-de-voordeur.md: veld "theme": "natuur" bestaat niet in content/themas/ (kies uit: wonen-en-leven)',
    );
  });

  it('stops on an external sign-up address that the security policy does not allow, saying what to do', () => {
    const message = problem((c) => {
      c.settings.newsletterSignupAction = 'https://lijst.voorbeeld-mailing.nl/aanmelden';
    });
    expect(message).toContain('content/site.yaml: veld "newsletterSignupAction"');
    expect(message).toContain(
      'https://lijst.voorbeeld-mailing.nl toevoegen aan FORM_ACTION_SOURCES in src/lib/security/headers.ts',
    );
  });

  it('stops on a reporting policy that is no page of the site', () => {
    const message = problem((c) => {
      c.entries = c.entries.filter((e) => e.type !== 'pages');
    });
    expect(message).toBe(
      'content/site.yaml: veld "security.policy": /kwetsbaarheid-melden/ is geen pagina van deze site',
    );
  });
});

describe('readEditionPdfs', () => {
  it('stops on a PDF that is not tagged for accessibility with an edition from 23 September 2018 on, and lets an older edition keep it', async () => {
    const read = (date: string) =>
      readEditionPdfs(
        [
          {
            id: 'heilust-1',
            file: 'content/nieuwsbrief/heilust-1.md',
            date: startOfAmsterdamDay(date),
            pdf: '/nieuwsbrief/pdf/heilust-2.pdf',
          },
        ],
        'public',
      );
    await expect(read('2018-09-23')).rejects.toThrow(
      'content/nieuwsbrief/heilust-1.md: veld "pdf": het bestand public/nieuwsbrief/pdf/heilust-2.pdf is niet toegankelijk: het mist gemarkeerde inhoud (tags) en een documenttaal.',
    );
    expect((await read('2018-09-22')).get('heilust-1')?.pages).toBeGreaterThan(0);
  });
});
