/**
 * JSON-LD for search engines (schema.org): the programme as a government
 * organisation, and news items and editions as news articles.
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
