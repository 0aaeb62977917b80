/**
 * JSON-LD for search engines (schema.org): the programme as a government
 * organisation, news items and editions as news articles, meetings as events.
 */
import { isoInAmsterdam } from '../dates/amsterdam';

export interface Organisation {
  name: string;
  description: string;
  /** The site's absolute home address. */
  url: string;
  logo: string;
  sameAs: string[];
}

export function organisationData(org: Organisation): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentOrganization',
    name: org.name,
    description: org.description,
    url: org.url,
    logo: org.logo,
    sameAs: org.sameAs,
  };
}

export interface Article {
  headline: string;
  description: string;
  url: string;
  image: string;
  published: Date;
  /** Its `updated` day, when it was changed after publication. */
  modified?: Date | undefined;
  section: string;
  publisher: Organisation;
}

export function newsArticleData(article: Article): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.headline,
    description: article.description,
    url: article.url,
    mainEntityOfPage: article.url,
    image: [article.image],
    datePublished: isoInAmsterdam(article.published),
    ...(article.modified && { dateModified: isoInAmsterdam(article.modified) }),
    articleSection: article.section,
    inLanguage: 'nl-NL',
    publisher: {
      '@type': 'GovernmentOrganization',
      name: article.publisher.name,
      url: article.publisher.url,
      logo: { '@type': 'ImageObject', url: article.publisher.logo },
    },
  };
}

/** A page that is no article but says when it was last changed (a project, a general page). */
export function webPageData(page: { name: string; url: string; modified: Date }): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    name: page.name,
    url: page.url,
    dateModified: isoInAmsterdam(page.modified),
    inLanguage: 'nl-NL',
  };
}

/** The town an address without one is in: the programme's. */
export const PROGRAMME_TOWN = 'Kerkrade';

/**
 * An address as written in a meeting's `address` ("Ons Limburgstraat 57, 6461 AB Kerkrade",
 * "Kampstraat, Kerkrade", "Kampstraat 1") as schema.org's PostalAddress.
 */
export function postalAddress(text: string | undefined): Record<string, string> {
  const [street = '', ...rest] = (text ?? '').split(',').map((part) => part.trim());
  const place = rest.join(', ');
  const postcode = /^(\d{4} ?[A-Z]{2})\s+(.+)$/.exec(place);
  return {
    '@type': 'PostalAddress',
    ...(street ? { streetAddress: street } : {}),
    ...(postcode
      ? { postalCode: postcode[1]!, addressLocality: postcode[2]! }
      : { addressLocality: place || PROGRAMME_TOWN }),
    addressCountry: 'NL',
  };
}

export interface EventFacts {
  name: string;
  description: string;
  url: string;
  image: string;
  /** ISO: "2027-01-21T19:30:00+01:00", or the day alone for an all-day meeting. */
  start: string;
  end?: string | undefined;
  cancelled: boolean;
  /** The place's name, or "online". */
  location: string;
  address?: string | undefined;
  organiser: Organisation;
}

export const isOnline = (location: string) => location.trim().toLowerCase() === 'online';

export function eventData(event: EventFacts): Record<string, unknown> {
  const online = isOnline(event.location);
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.name,
    description: event.description,
    url: event.url,
    image: [event.image],
    startDate: event.start,
    ...(event.end ? { endDate: event.end } : {}),
    eventStatus: event.cancelled ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled',
    eventAttendanceMode: online
      ? 'https://schema.org/OnlineEventAttendanceMode'
      : 'https://schema.org/OfflineEventAttendanceMode',
    location: online
      ? { '@type': 'VirtualLocation', url: event.url }
      : { '@type': 'Place', name: event.location, address: postalAddress(event.address) },
    organizer: { '@type': 'GovernmentOrganization', name: event.organiser.name, url: event.organiser.url },
    isAccessibleForFree: true,
    inLanguage: 'nl-NL',
  };
}

/**
 * JSON for a `<script type="application/ld+json">` block. "<" is written as \u003c so no text
 * from content can close the block ("</script>") or open a comment; U+2028/2029 likewise.
 */
export function jsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
