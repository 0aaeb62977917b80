/**
 * The checks across files as getContent() runs them (src/lib/content/cross-file-checks.ts), on
 * entries shaped as Astro loads them: each mistake stops with one message naming the file(s),
 * the field and what is expected. The rules themselves are unit-tested in checks.test.ts;
 * tests/builds/content-errors.test.ts proves that such a message stops a real build.
 */
import { describe, expect, it } from 'vitest';
import { checkAcrossFiles, factsOf, type Collections } from '../../src/lib/content/cross-file-checks';
import { startOfAmsterdamDay } from '../../src/lib/dates/amsterdam';

const entry = <D>(collection: string, id: string, data: D) => ({
  id,
  collection,
  filePath: `content/${collection}/${id}.md`,
  data,
});

function collections(): Collections {
  const theme = entry('themas', 'wonen-en-leven', { title: 'Wonen en leven', summary: 'x', order: 1 });
  const heilust = entry('buurten', 'heilust', { title: 'Heilust', summary: 'x' });
  const project = entry('projecten', 'achter-de-voordeur', {
    title: 'Achter de voordeur',
    theme: { id: 'wonen-en-leven', collection: 'themas' },
    neighbourhoods: [{ id: 'heilust', collection: 'buurten' }],
    aliases: ['/Deelprojecten/Wonen_en_leven/Achter_de_voordeur'],
  });
  const news = entry('nieuws', 'bericht', {
    title: 'Bericht',
    date: startOfAmsterdamDay('2012-05-05'),
    projects: [],
    neighbourhoods: [],
    aliases: [] as string[],
  });
  const edition = entry('nieuwsbrief', 'heilust-1', {
    title: 'Editie 1',
    edition: 1,
    date: startOfAmsterdamDay('2011-06-01'),
    aliases: [] as string[],
    pdf: undefined as string | undefined,
  });
  const page = entry('paginas', 'kwetsbaarheid-melden', { title: 'Melden', aliases: [] as string[] });
  return {
    settings: {
      newsletterSignupAction: '/nieuwsbrief/aangemeld/',
      security: { policy: '/kwetsbaarheid-melden/' },
    },
    themes: [theme],
    neighbourhoods: [heilust],
    projects: [project],
    allNews: [news],
    allEditions: [edition],
    allMeetings: [],
    pages: [page],
  } as unknown as Collections;
}

/** The message the build would stop with, or null. */
async function problem(change: (c: Collections) => void): Promise<string | null> {
  const c = collections();
  change(c);
  try {
    await checkAcrossFiles(
      factsOf(c, {
        news: new Set(c.allNews),
        editions: new Set(c.allEditions),
        meetings: new Set(c.allMeetings),
      }),
      c.allEditions,
    );
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

describe('checkAcrossFiles', () => {
  it('lets good content through', async () => {
    expect(await problem(() => {})).toBeNull();
  });

  it('stops on a project whose theme does not exist, listing the themes', async () => {
    const message = await problem((c) => {
      (c.projects[0]!.data as { theme: { id: string } }).theme.id = 'natuur';
    });
    expect(message).toContain(
      'content/projecten/achter-de-voordeur.md: veld "theme": "natuur" bestaat niet in content/themas/ (kies uit: wonen-en-leven)',
    );
  });

  it('stops on two editions with one number, naming both files', async () => {
    const message = await problem((c) => {
      c.allEditions.push({
        ...c.allEditions[0]!,
        id: 'heilust-9',
        filePath: 'content/nieuwsbrief/heilust-9.md',
      });
    });
    expect(message).toContain(
      'content/nieuwsbrief/heilust-1.md en content/nieuwsbrief/heilust-9.md: veld "edition": nummer 1 komt meer dan eens voor',
    );
  });

  it('stops on an old address that another item already has, naming both files', async () => {
    const message = await problem((c) => {
      c.allNews[0]!.data.aliases.push('/deelprojecten/wonen_en_leven/achter_de_voordeur');
    });
    expect(message).toContain(
      'content/nieuws/bericht.md: veld "aliases": "/deelprojecten/wonen_en_leven/achter_de_voordeur" is al in gebruik door content/projecten/achter-de-voordeur.md',
    );
  });

  it('stops on a news file named only by a number', async () => {
    const message = await problem((c) => {
      c.allNews.push({ ...c.allNews[0]!, id: '2', filePath: 'content/nieuws/2.md' });
    });
    expect(message).toContain('content/nieuws/2.md: de bestandsnaam "2" is alleen een getal');
  });

  it('stops on an external sign-up address that the security policy does not allow, saying what to do', async () => {
    const message = await problem((c) => {
      (c.settings as { newsletterSignupAction: string }).newsletterSignupAction =
        'https://lijst.voorbeeld-mailing.nl/aanmelden';
    });
    expect(message).toContain('content/site.yaml: veld "newsletterSignupAction"');
    expect(message).toContain(
      'https://lijst.voorbeeld-mailing.nl toevoegen aan FORM_ACTION_SOURCES in src/lib/security/headers.ts',
    );
  });

  it('stops on a reporting policy that is no page of the site', async () => {
    const message = await problem((c) => {
      c.pages.length = 0;
    });
    expect(message).toContain(
      'content/site.yaml: veld "security.policy": /kwetsbaarheid-melden/ is geen pagina van deze site',
    );
  });

  it('stops on a PDF that is not tagged for accessibility with an edition from 23 September 2018 on, and lets an older edition keep it', async () => {
    const untagged = (date: string) => (c: Collections) => {
      Object.assign(c.allEditions[0]!.data, {
        date: startOfAmsterdamDay(date),
        pdf: '/nieuwsbrief/pdf/heilust-2.pdf',
      });
    };
    expect(await problem(untagged('2018-09-23'))).toContain(
      'content/nieuwsbrief/heilust-1.md: veld "pdf": het bestand public/nieuwsbrief/pdf/heilust-2.pdf is niet toegankelijk: het mist gemarkeerde inhoud (tags) en een documenttaal.',
    );
    expect(await problem(untagged('2018-09-22'))).toBeNull();
  });
});
