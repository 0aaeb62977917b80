/**
 * A Dutch phone number (src/lib/content/phone.ts): read as editors write it, shown in the national
 * format and linked with the international number; the municipality's short number as it is dialled.
 */
import { describe, expect, it } from 'vitest';
import { notAPhone, readPhone } from '../../src/lib/content/phone';

describe('readPhone', () => {
  it('shows a number in the national format and links it with +31, however it is written', () => {
    for (const written of ['045 123 4567', '0451234567', '045-1234567', '+31 45 123 4567', '0031451234567'])
      expect(readPhone(written), written).toEqual({ text: '045 123 4567', href: 'tel:+31451234567' });
    expect(readPhone('  06 12345678 ')).toEqual({ text: '06 12345678', href: 'tel:+31612345678' });
    expect(readPhone('020 123 4567')).toEqual({ text: '020 123 4567', href: 'tel:+31201234567' });
    expect(readPhone('0800 1234')).toEqual({ text: '0800 1234', href: 'tel:+318001234' });
  });

  it('shows the municipality’s short number 14 045 as it is written, and links it without +31: it cannot be dialled from abroad', () => {
    expect(readPhone('14 045')).toEqual({ text: '14 045', href: 'tel:14045' });
    expect(readPhone('14045')).toEqual({ text: '14 045', href: 'tel:14045' });
    // Every municipality has one: 14 and its area code.
    expect(readPhone('14 020')).toEqual({ text: '14 020', href: 'tel:14020' });
  });

  it('refuses what is no Dutch number, in the build’s words', () => {
    for (const written of [
      '045 12',
      '045 123 45678',
      '12345',
      'bellen',
      '',
      '+32 2 123 45 67',
      'bel 045 123 4567',
      '045 123 4567 ext 12',
    ])
      expect(readPhone(written), written).toEqual({ problem: notAPhone(written) });
    expect(notAPhone('045 12')).toBe(
      '"045 12" is geen Nederlands telefoonnummer; schrijf het hele nummer met netnummer, bijvoorbeeld 045 123 4567 of 14 045',
    );
  });
});
