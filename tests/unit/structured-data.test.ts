import { describe, expect, it } from 'vitest';
import { eventData, jsonLd, postalAddress } from '../../src/lib/head/structured-data';

describe('jsonLd', () => {
  it('cannot close its script block', () => {
    const text = jsonLd({ headline: '</script><script>alert(1)</script> & <!--' });
    expect(text).not.toContain('<');
    expect(text).not.toContain('>');
    expect(JSON.parse(text)).toEqual({ headline: '</script><script>alert(1)</script> & <!--' });
  });
});

describe('schema.org Event', () => {
  const organiser = {
    name: 'West wint aan ruimte',
    description: '',
    url: 'https://www.westwint.nl/',
    logo: '',
    sameAs: [],
  };
  const base = {
    name: 'Informatiemarkt West',
    description: 'Een middag vol informatie.',
    url: 'https://www.westwint.nl/agenda/informatiemarkt/',
    image: 'https://www.westwint.nl/og-image.png',
    start: '2017-04-22T13:00:00+02:00',
    end: '2017-04-22T17:00:00+02:00',
    organiser,
  };

  it('a place with its postal address, scheduled or cancelled', () => {
    const data = eventData({
      ...base,
      cancelled: false,
      location: 'Auw Noeëdkirch',
      address: 'Ons Limburgstraat 57, Kerkrade',
    });
    expect(data).toMatchObject({
      '@type': 'Event',
      startDate: '2017-04-22T13:00:00+02:00',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: {
        '@type': 'Place',
        name: 'Auw Noeëdkirch',
        address: {
          '@type': 'PostalAddress',
          streetAddress: 'Ons Limburgstraat 57',
          addressLocality: 'Kerkrade',
          addressCountry: 'NL',
        },
      },
    });
    expect(eventData({ ...base, cancelled: true, location: 'online' })).toMatchObject({
      eventStatus: 'https://schema.org/EventCancelled',
      location: { '@type': 'VirtualLocation' },
    });
    expect(postalAddress('Kampstraat 1, 6466 AB Kerkrade')).toEqual({
      '@type': 'PostalAddress',
      streetAddress: 'Kampstraat 1',
      postalCode: '6466 AB',
      addressLocality: 'Kerkrade',
      addressCountry: 'NL',
    });
    expect(postalAddress(undefined)).toEqual({
      '@type': 'PostalAddress',
      addressLocality: 'Kerkrade',
      addressCountry: 'NL',
    });
  });
});
