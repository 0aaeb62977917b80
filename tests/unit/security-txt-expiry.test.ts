/**
 * security.txt must not go stale: RFC 9116 says an expired file is to be ignored, and asks for
 * an expiry less than a year ahead. This fails from 30 days before content/site.yaml's date,
 * so somebody renews it in time (see docs/redactie.md).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { contentSchemas } from '../../src/lib/content/schemas';
import { amsterdamDay } from '../../src/lib/dates/amsterdam';
import { ROOT } from '../../scripts/lib/astro-build.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Why an expiry date is not fine on a given day, or null when it is. */
function expiryProblem(expires: Date, today: Date): string | null {
  const days = Math.floor((expires.getTime() - today.getTime()) / DAY_MS);
  if (days < 30)
    return `security.expires (${amsterdamDay(expires)}) is minder dan 30 dagen weg: zet een nieuwe datum in content/site.yaml, hoogstens een jaar vooruit`;
  if (days > 365)
    return `security.expires (${amsterdamDay(expires)}) ligt meer dan een jaar vooruit; RFC 9116 vraagt minder dan een jaar`;
  return null;
}

describe('security.txt expiry', () => {
  it('content/site.yaml’s date is at least 30 days and at most a year ahead', () => {
    const schemas = contentSchemas({
      image: (() => z.string()) as never,
      reference: () => z.string().transform((id) => ({ id, collection: '' })),
    });
    const settings = schemas.site.parse(yaml.load(readFileSync(join(ROOT, 'content/site.yaml'), 'utf8')));
    expect(expiryProblem(settings.security.expires, new Date())).toBeNull();
  });

  it('the rule itself: too soon, too far, and fine', () => {
    const today = new Date('2026-11-25T12:00:00Z');
    expect(expiryProblem(new Date('2026-12-10T00:00:00Z'), today)).toContain('minder dan 30 dagen');
    expect(expiryProblem(new Date('2027-12-31T00:00:00Z'), today)).toContain('meer dan een jaar');
    expect(expiryProblem(new Date('2027-06-30T00:00:00Z'), today)).toBeNull();
  });
});
