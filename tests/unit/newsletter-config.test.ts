/**
 * The newsletter's settings (src/lib/newsletter/config.ts), from Netlify's environment variables.
 */
import { describe, expect, it } from 'vitest';
import { newsletterConfig, unknownModeOf } from '../../src/lib/newsletter/config';

describe('newsletterConfig', () => {
  const full = {
    LAPOSTA_API_KEY: 'k',
    LAPOSTA_LIST_ID: 'l',
    LAPOSTA_AFZENDER_NAAM: 'West',
    LAPOSTA_AFZENDER_EMAIL: 'nieuws@westwint.example',
  };

  it('sends nothing unless asked: no variable, or one it does not know, is "uit"', () => {
    expect(newsletterConfig({}).mode).toBe('uit');
    expect(newsletterConfig({ NIEUWSBRIEF_VERZENDEN: 'ja' }).mode).toBe('uit');
    expect(unknownModeOf({ NIEUWSBRIEF_VERZENDEN: 'ja' })).toBe('ja');
    expect(newsletterConfig({ NIEUWSBRIEF_VERZENDEN: ' Verzenden ' }).mode).toBe('verzenden');
  });

  it('names what each mode needs and is not set, never what is', () => {
    expect(newsletterConfig({}).missing).toEqual([]);
    expect(newsletterConfig({ NIEUWSBRIEF_VERZENDEN: 'verzenden' }).missing).toEqual([
      'LAPOSTA_API_KEY',
      'LAPOSTA_LIST_ID',
      'LAPOSTA_AFZENDER_NAAM',
      'LAPOSTA_AFZENDER_EMAIL',
    ]);
    expect(newsletterConfig({ ...full, NIEUWSBRIEF_VERZENDEN: 'verzenden' }).missing).toEqual([]);
    expect(newsletterConfig({ ...full, NIEUWSBRIEF_VERZENDEN: 'concept' }).missing).toEqual([
      'NIEUWSBRIEF_TESTADRES',
    ]);
  });
});
