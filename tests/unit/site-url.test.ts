import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_URL } from '../../src/consts';
import { resolveSiteUrl } from '../../src/lib/urls/site-url';

describe('resolveSiteUrl', () => {
  it('is the production address without any settings', () => {
    expect(resolveSiteUrl({})).toBe(DEFAULT_SITE_URL);
    expect(DEFAULT_SITE_URL).toMatch(/^https:\/\/[^/]+$/);
  });

  it('uses SITE_URL when set, without a trailing slash', () => {
    expect(resolveSiteUrl({ SITE_URL: 'https://test.example.nl/' })).toBe('https://test.example.nl');
    expect(resolveSiteUrl({ SITE_URL: 'https://test.example.nl' })).toBe('https://test.example.nl');
  });

  it('prefers SITE_URL over a Netlify preview address', () => {
    expect(
      resolveSiteUrl({
        SITE_URL: 'https://a.example',
        CONTEXT: 'deploy-preview',
        DEPLOY_PRIME_URL: 'https://b.example',
      }),
    ).toBe('https://a.example');
  });

  it('uses the preview’s own address on Netlify deploy previews and branch deploys', () => {
    expect(
      resolveSiteUrl({
        CONTEXT: 'deploy-preview',
        DEPLOY_PRIME_URL: 'https://deploy-preview-7--westwint.netlify.app',
      }),
    ).toBe('https://deploy-preview-7--westwint.netlify.app');
    expect(
      resolveSiteUrl({
        CONTEXT: 'branch-deploy',
        DEPLOY_PRIME_URL: 'https://redactie--westwint.netlify.app/',
      }),
    ).toBe('https://redactie--westwint.netlify.app');
  });

  it('uses the production address on a production deploy, whatever DEPLOY_PRIME_URL says', () => {
    expect(
      resolveSiteUrl({ CONTEXT: 'production', DEPLOY_PRIME_URL: 'https://main--westwint.netlify.app' }),
    ).toBe(DEFAULT_SITE_URL);
  });

  it('ignores empty values', () => {
    expect(resolveSiteUrl({ SITE_URL: '', CONTEXT: 'deploy-preview', DEPLOY_PRIME_URL: '' })).toBe(
      DEFAULT_SITE_URL,
    );
  });
});
