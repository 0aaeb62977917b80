/**
 * What the build publishes for the newsletter's functions, read back (src/lib/newsletter/published.ts).
 */
import { describe, expect, it } from 'vitest';
import { readEditionsFile } from '../../src/lib/newsletter/published';

describe('readEditionsFile', () => {
  const good = {
    edition: 9,
    title: 'Editie 9',
    date: '2019-06-01',
    page: '/nieuwsbrief/heilust-9/',
    mail: '/nieuwsbrief/heilust-9/mail/',
  };

  it('reads /nieuwsbrief/edities.json back, and says what is wrong with a file that is not as the build writes it', () => {
    expect(readEditionsFile({ editions: [good] })).toEqual([good]);
    expect(() => readEditionsFile({ edities: [] })).toThrow('edities.json heeft geen lijst "editions"');
    expect(() => readEditionsFile({ editions: [{ ...good, date: '1-6-2019' }] })).toThrow(
      'editie 1 in de lijst',
    );
  });
});
