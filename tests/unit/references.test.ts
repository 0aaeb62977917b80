import { describe, expect, it } from 'vitest';
import { unknownReferences } from '../../src/lib/content/rules/references';
import { fileFacts, lines } from '../helpers/file-facts';

const themes = [fileFacts('themes', 'wonen-en-leven'), fileFacts('themes', 'natuur-en-duurzaamheid')];
const neighbourhoods = [fileFacts('neighbourhoods', 'heilust'), fileFacts('neighbourhoods', 'kaalheide')];

describe('unknownReferences', () => {
  it('accepts slugs that exist', () => {
    const project = fileFacts('projects', 'a', {
      references: [{ field: 'theme', type: 'themes', id: 'wonen-en-leven' }],
    });
    expect(unknownReferences([...themes, project])).toEqual([]);
  });

  it('names the file, the field, the wrong slug and the slugs to choose from', () => {
    const news = fileFacts('news', 'x', {
      references: [
        { field: 'neighbourhoods', type: 'neighbourhoods', id: 'heilust' },
        { field: 'neighbourhoods', type: 'neighbourhoods', id: 'heilus' },
      ],
    });
    const problems = unknownReferences([...neighbourhoods, news]);
    expect(problems).toEqual([
      {
        files: ['content/nieuws/x.md'],
        field: 'neighbourhoods',
        issue: {
          kind: 'unknown-reference',
          id: 'heilus',
          folder: 'buurten',
          choices: ['heilust', 'kaalheide'],
        },
      },
    ]);
    expect(lines(problems)).toEqual([
      'content/nieuws/x.md: veld "neighbourhoods": "heilus" bestaat niet in content/buurten/ (kies uit: heilust, kaalheide)',
    ]);
  });

  it('says so when there is nothing to choose from yet', () => {
    const news = fileFacts('news', 'x', {
      references: [{ field: 'projects', type: 'projects', id: 'park-west' }],
    });
    expect(lines(unknownReferences([news]))).toEqual([
      'content/nieuws/x.md: veld "projects": "park-west" bestaat niet in content/projecten/ (kies uit: nog niets)',
    ]);
  });
});
