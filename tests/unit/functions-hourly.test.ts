/** The hourly function's rounds (src/lib/functions/hourly.ts): side by side, and one failing stops no other. */
import { describe, expect, it } from 'vitest';
import { runRounds } from '../../src/lib/functions/hourly';

describe('the hourly rounds', () => {
  it('run side by side; one that fails is logged and the other finishes', async () => {
    const lines: string[] = [];
    const order: string[] = [];
    const result = await runRounds(
      {
        nieuwsbrief: async () => {
          order.push('nieuwsbrief begint');
          throw new Error('de opslag gaf geen antwoord');
        },
        ideeën: async () => {
          order.push('ideeën begint');
          await new Promise((done) => setTimeout(done, 5));
          order.push('ideeën klaar');
        },
      },
      (line) => lines.push(line),
    );
    expect(result).toEqual({ nieuwsbrief: 'failed', ideeën: 'done' });
    expect(order).toEqual(['nieuwsbrief begint', 'ideeën begint', 'ideeën klaar']);
    expect(lines).toEqual([
      'De ronde "nieuwsbrief" stopte met een fout: de opslag gaf geen antwoord. Het volgende uur opnieuw.',
    ]);
  });
});
