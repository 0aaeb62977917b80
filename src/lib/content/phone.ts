/**
 * A Dutch phone number as editors write it ("045 123 4567", "045-1234567", "+31 45 123 4567",
 * "14 045"), read with libphonenumber-js: shown in its national format, linked with the
 * international number (tel:+31451234567). The full ("max") metadata, as the default checks only
 * the length. A municipality's short number (14 and its area code, 14 045 for Kerkrade) cannot be
 * dialled from abroad, so it is linked as it is dialled: tel:14045.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/** A phone number as residents see it and as the link dials it. */
export interface Phone {
  /** "045 123 4567", "14 045" */
  text: string;
  /** "tel:+31451234567", "tel:14045" */
  href: string;
}

/** How a phone number is written, for the editor's hint and the messages. */
export const PHONE_EXAMPLE = '045 123 4567 of 14 045';

/** A municipality's short number: 14 followed by its area code without the 0 in front (14 045, 14 020, 14 0113). */
const MUNICIPAL_NUMBER = /^140\d{2,3}$/;

/** What is wrong with a phone number, in the build's words. */
export function notAPhone(written: string): string {
  return `"${written}" is geen Nederlands telefoonnummer; schrijf het hele nummer met netnummer, bijvoorbeeld ${PHONE_EXAMPLE}`;
}

/** YAML reads a number without spaces (0451234567) as a number, and drops its first 0. */
export const PHONE_AS_TEXT = `verwacht een telefoonnummer met spaties, bijvoorbeeld ${PHONE_EXAMPLE}; of zet het nummer tussen aanhalingstekens: "0451234567"`;

/** The Dutch phone number written in `written`, or what is wrong with it. */
export function readPhone(written: string): Phone | { problem: string } {
  // The whole text must be the number: "bel 045 123 4567" or an extension is not a number to link.
  const number = parsePhoneNumberFromString(written.trim(), { defaultCountry: 'NL', extract: false });
  if (!number || number.country !== 'NL' || !number.isValid() || number.ext) {
    return { problem: notAPhone(written) };
  }
  const digits = number.nationalNumber;
  if (MUNICIPAL_NUMBER.test(digits)) return { text: `14 ${digits.slice(2)}`, href: `tel:${digits}` };
  return { text: number.formatNational(), href: number.getURI() };
}
