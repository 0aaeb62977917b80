import { describe, expect, test } from 'vitest';
import {
  FORM_NAME_FIELD,
  HONEYPOT_FIELD,
  characterCount,
  checkField,
  counterText,
  draftKey,
  encodeForm,
  failureMessage,
  parseDraft,
  problemMessage,
  sendsInBackground,
  serialiseDraft,
} from '../../src/lib/forms/form-rules';
import { IDEA_FIELDS, SIGNUP_FIELDS } from '../../src/lib/forms/form-fields';
import { IDEA_MAX_LENGTH } from '../../src/consts';

describe('checkField', () => {
  const idea = IDEA_FIELDS.idee;
  test('a required text must hold more than spaces', () => {
    expect(checkField(idea, '')).toBe('missing');
    expect(checkField(idea, '   \n ')).toBe('missing');
    expect(checkField(idea, 'Meer bankjes in het park')).toBeNull();
  });
  test('the idea may be exactly IDEA_MAX_LENGTH characters, not one more', () => {
    expect(idea.maxLength).toBe(IDEA_MAX_LENGTH);
    expect(checkField(idea, 'a'.repeat(IDEA_MAX_LENGTH))).toBeNull();
    expect(checkField(idea, 'a'.repeat(IDEA_MAX_LENGTH + 1))).toBe('tooLong');
  });
  test('optional fields may stay empty, but are checked when filled', () => {
    expect(checkField(IDEA_FIELDS.email, '')).toBeNull();
    expect(checkField(IDEA_FIELDS.email, 'geen-adres')).toBe('invalidEmail');
    expect(checkField(IDEA_FIELDS.naam, 'x'.repeat(IDEA_FIELDS.naam.maxLength + 1))).toBe('tooLong');
  });
  test('e-mail addresses', () => {
    const email = SIGNUP_FIELDS.email;
    expect(checkField(email, '')).toBe('missing');
    for (const good of ['a@b.nl', ' jan.jansen@kerkrade.nl ', 'm+post@sub.voorbeeld.org'])
      expect(checkField(email, good)).toBeNull();
    for (const bad of [
      'jan',
      'jan@',
      '@kerkrade.nl',
      'jan@kerkrade',
      'jan jansen@kerkrade.nl',
      'jan@@kerkrade.nl',
      'jan@kerkrade.',
    ]) {
      expect(checkField(email, bad), bad).toBe('invalidEmail');
    }
  });
  test('a required checkbox must be ticked', () => {
    expect(checkField(IDEA_FIELDS.toestemming, 'ja', false)).toBe('missing');
    expect(checkField(IDEA_FIELDS.toestemming, 'ja', true)).toBeNull();
  });
  test('choices are optional', () => {
    expect(checkField(IDEA_FIELDS.project, '')).toBeNull();
    expect(checkField(IDEA_FIELDS.project, 'park-west')).toBeNull();
  });
  test('characters are counted as people see them', () => {
    expect(characterCount('café 👍')).toBe(6);
  });
});

describe('messages', () => {
  test('each field says in Dutch what is wrong', () => {
    expect(problemMessage('idee', IDEA_FIELDS.idee, 'missing')).toBe('Schrijf eerst uw idee op.');
    expect(problemMessage('idee', IDEA_FIELDS.idee, 'tooLong')).toContain('5.000 tekens');
    expect(problemMessage('email', SIGNUP_FIELDS.email, 'missing')).toBe('Vul uw e-mailadres in.');
    expect(problemMessage('email', SIGNUP_FIELDS.email, 'invalidEmail')).toContain('naam@voorbeeld.nl');
    expect(problemMessage('toestemming', IDEA_FIELDS.toestemming, 'missing')).toContain('Vink het vakje aan');
    expect(problemMessage('naam', IDEA_FIELDS.naam, 'tooLong')).toContain('200 tekens');
  });
  test('the counter counts down and says when the text is too long', () => {
    expect(counterText(0, 5000)).toBe('Nog 5.000 van de 5.000 tekens over.');
    expect(counterText(4990, 5000)).toBe('Nog 10 van de 5.000 tekens over.');
    expect(counterText(5012, 5000)).toBe('12 tekens te veel. Maak uw tekst wat korter.');
  });
  test('failures are explained, and always say the text is still there', () => {
    const messages = [
      failureMessage({ kind: 'offline' }),
      failureMessage({ kind: 'network' }),
      failureMessage({ kind: 'status', status: 404 }),
      failureMessage({ kind: 'status', status: 500 }),
    ];
    for (const message of messages) expect(message).toContain('Uw tekst staat er nog');
    expect(messages[0]).toContain('geen internetverbinding');
    expect(messages[2]).toContain('404');
    expect(messages[2]).not.toContain('bij ons');
    expect(messages[3]).toContain('er ging bij ons iets mis (foutcode 500)');
  });
});

describe('encodeForm', () => {
  test('encodes like a browser posting application/x-www-form-urlencoded', () => {
    const body = encodeForm([
      [FORM_NAME_FIELD, 'idee'],
      ['idee', 'Bankjes & bloemen = fijn\nRegel 2 ✓'],
      [HONEYPOT_FIELD, ''],
    ]);
    expect(body).toBe('form-name=idee&idee=Bankjes+%26+bloemen+%3D+fijn%0D%0ARegel+2+%E2%9C%93&bot-veld=');
    expect(Object.fromEntries(new URLSearchParams(body))).toEqual({
      'form-name': 'idee',
      idee: 'Bankjes & bloemen = fijn\r\nRegel 2 ✓',
      'bot-veld': '',
    });
  });

  test('line breaks become CRLF, whatever they were', () => {
    expect(encodeForm([['idee', 'a\nb\r\nc\rd']])).toBe('idee=a%0D%0Ab%0D%0Ac%0D%0Ad');
  });
});

describe('drafts', () => {
  const at = new Date('2024-05-01T10:00:00Z');
  test('keep what was typed, never the honeypot or form-name, and skip empty fields', () => {
    const text = serialiseDraft(
      [
        [FORM_NAME_FIELD, 'idee'],
        [HONEYPOT_FIELD, 'spam'],
        ['idee', '<b>Meer</b> groen'],
        ['naam', ''],
        ['toestemming', 'ja'],
      ],
      at,
    );
    expect(text).not.toBeNull();
    expect(text).not.toContain('spam');
    expect(parseDraft(text)).toEqual({ idee: '<b>Meer</b> groen', toestemming: 'ja' });
    expect(JSON.parse(text!).savedAt).toBe('2024-05-01T10:00:00.000Z');
  });
  test('an empty form makes no draft', () => {
    expect(
      serialiseDraft([
        [FORM_NAME_FIELD, 'idee'],
        ['idee', ''],
      ]),
    ).toBeNull();
  });
  test('unreadable or foreign storage counts as no draft', () => {
    for (const bad of [
      null,
      '',
      '{',
      'null',
      '[]',
      '"tekst"',
      '{"version":2,"fields":{"idee":"x"}}',
      '{"version":1,"fields":[]}',
      '{"version":1}',
    ]) {
      expect(parseDraft(bad), String(bad)).toBeNull();
    }
  });
  test('a stored honeypot or non-text value is dropped', () => {
    expect(
      parseDraft(JSON.stringify({ version: 1, fields: { idee: 'x', [HONEYPOT_FIELD]: 'spam', naam: 3 } })),
    ).toEqual({ idee: 'x' });
  });
  test('each form on each page has its own key', () => {
    expect(draftKey('idee', '/ideeen/')).not.toBe(draftKey('nieuwsbrief-aanmelding', '/ideeen/'));
    expect(draftKey('idee', '/ideeen/')).not.toBe(draftKey('idee', '/projecten/park-west/idee/'));
  });
});

describe('sendsInBackground', () => {
  const page = 'https://www.westwint.nl/ideeen/';
  test('only to our own site', () => {
    expect(sendsInBackground('/ideeen/bedankt/', page)).toBe(true);
    expect(sendsInBackground('https://www.westwint.nl/nieuwsbrief/aangemeld/', page)).toBe(true);
    expect(sendsInBackground('https://lijst.example.nl/aanmelden', page)).toBe(false);
    expect(sendsInBackground('http://www.westwint.nl/x', page)).toBe(false);
  });
});
