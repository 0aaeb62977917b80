/**
 * Announcing new editions to the newsletter's subscribers, at most once per edition, whatever
 * happens around it. Every production deploy and the hourly run do the same (round.ts); the
 * rules of time are in rules.ts.
 *
 * - The first run that finds no record at all marks every edition online as archive: the archive
 *   is never mailed. An edition first seen more than MAX_AGE_DAYS after its date is not mailed
 *   either (an editor adding an old edition to the archive). Its age counts from that first
 *   sight, which every record keeps, also when that run fails: a retry days later still mails it.
 * - Before anything else a run claims the edition with a write that only succeeds if the record
 *   is still as it read it (Netlify Blobs makes that write atomic): of two runs at once, one
 *   announces and the other leaves it.
 * - A mail goes out at a decent hour: an edition first seen at night waits for the morning run.
 * - The campaign is looked up by the edition's name first, so a lost or stale record cannot
 *   cause a second one; a campaign already sent is only recorded.
 * - A clear failure before sending is retried by later runs until the retry limit, then handed
 *   to a person. A send call without a clear answer is recorded as unknown and never tried again
 *   by itself: a person decides, in Laposta. So is a run that stopped after calling send.
 */
import { newsletterText } from '../../strings/newsletter.ts';
import { formatMoment } from '../dates/amsterdam.ts';
import type { Log } from '../functions/log.ts';
import type { SendMode } from './config.ts';
import { NoAnswerError, plainReason, type MailingService } from './mailing-service.ts';
import type { PublishedEdition } from './published.ts';
import type { EditionRecord, EditionRecords, FirstSight, Versioned } from './records.ts';
import {
  isArchiveAddition,
  ageWhenFirstSeen,
  isMailingHour,
  MAX_AGE_DAYS,
  nextAttempt,
  nextFor,
  nextMailingHour,
  RETRY_LIMIT_DAYS,
  retryLimitReached,
} from './rules.ts';

/** The campaign's name in the mailing service: one per edition number, so it is found again. */
export const campaignName = (edition: number) => `Nieuwsbrief Heilust, editie ${edition}`;

export interface Announcement {
  editions: readonly PublishedEdition[];
  records: EditionRecords;
  service: MailingService;
  mode: SendMode;
  testAddress: string;
  /** Resolves a path of the site (an edition's mail page) to the address the service fetches. */
  addressOf: (path: string) => string;
  /** This run, so its claim can be told from another's. */
  run: string;
  now: Date;
  log: Log;
  /** A production deploy: a clear failure is tried again at once, not at its next hour. */
  deploy?: boolean;
}

const oldestFirst = (editions: readonly PublishedEdition[]) =>
  [...editions].sort((x, y) => x.date.localeCompare(y.date) || x.edition - y.edition);
const time = (instant: Date) => instant.toISOString();

/** Announces every edition online that has no record yet, or whose retry or morning has come; follows drafts. */
export async function announceEditions(a: Announcement): Promise<void> {
  const editions = oldestFirst(a.editions);
  if (!(await a.records.any())) {
    const at = time(a.now);
    for (const e of editions)
      await a.records.create(e.edition, {
        state: 'archived',
        at,
        reason: newsletterText.reasons.firstRun,
        ...sightOf(e, a.now),
      });
    a.log(
      `Eerste keer: ${editions.length} edities die al online staan zijn als archief vastgelegd. Er is niets verstuurd.`,
    );
    return;
  }
  for (const edition of editions) {
    const existing = await a.records.read(edition.edition);
    const next = nextFor(existing?.record ?? null, a.now, { deploy: a.deploy });
    if (next === 'announce') await announceOne(a, edition, existing);
    else if (next === 'unknown' && existing) await stoppedWhileSending(a, edition.edition, existing);
    else if (next === 'follow' && existing) await followDraft(a, edition.edition, existing.record);
  }
}

/**
 * Editions with work left that are no longer online (taken offline, made a draft again): nothing
 * is mailed for them; a run that stopped while sending still goes to a person.
 */
export async function settleOffline(a: Announcement, numbers: readonly number[]): Promise<void> {
  const online = new Set(a.editions.map((e) => e.edition));
  for (const number of numbers.filter((n) => !online.has(n))) {
    const existing = await a.records.read(number);
    if (!existing) continue;
    const next = nextFor(existing.record, a.now);
    if (next === 'unknown') await stoppedWhileSending(a, number, existing);
    else if (next === 'announce') {
      const settled: EditionRecord = {
        ...sightKept(existing.record),
        state: 'archived',
        at: time(a.now),
        reason: newsletterText.reasons.offline,
      };
      if (await a.records.replace(number, settled, existing.etag)) {
        await a.records.write(number, settled);
        a.log(`Editie ${number} staat niet meer online: er wordt niets voor gemaild.`);
      }
    }
  }
}

function sightOf(edition: PublishedEdition, firstSeen: Date): FirstSight {
  return { firstSeen: time(firstSeen), title: edition.title, date: edition.date };
}

/** What a record knows of the edition's first sight, for the next record. */
function sightKept(record: EditionRecord): Partial<FirstSight> {
  const { firstSeen, title, date } = record;
  return { ...(firstSeen ? { firstSeen } : {}), ...(title ? { title } : {}), ...(date ? { date } : {}) };
}

/** Claims the edition for this run; false when it is not this run's to announce. */
async function claim(
  a: Announcement,
  edition: number,
  existing: Versioned | null,
  sight: FirstSight,
): Promise<boolean> {
  const claimed: EditionRecord = { state: 'claimed', run: a.run, at: time(a.now), ...sight };
  const won = existing
    ? await a.records.replace(edition, claimed, existing.etag)
    : await a.records.create(edition, claimed);
  if (!won) return false;
  // With its marker, so a run that is stopped from here on is found by the next one.
  await a.records.write(edition, claimed);
  return true;
}

async function announceOne(
  a: Announcement,
  edition: PublishedEdition,
  existing: Versioned | null,
): Promise<void> {
  const number = edition.edition;
  const previous = existing?.record;
  // Records written before first sight was kept: their first write is the nearest there is.
  const firstSeen = new Date(previous?.firstSeen ?? previous?.at ?? a.now);
  const sight = sightOf(edition, firstSeen);
  if (!(await claim(a, number, existing, sight))) return;
  const record = (next: EditionRecord) => a.records.write(number, { ...next, ...sight });
  const at = time(a.now);

  if (!previous && isArchiveAddition(edition.date, firstSeen)) {
    const days = ageWhenFirstSeen(edition.date, firstSeen);
    await record({ state: 'archived', at, reason: newsletterText.reasons.tooOld(days) });
    a.log(
      `Editie ${number} is gedateerd ${edition.date}, meer dan ${MAX_AGE_DAYS} dagen voor ze online kwam: als archief vastgelegd, niet gemaild.`,
    );
    return;
  }
  if (a.mode === 'uit') {
    await record({ state: 'skipped', at });
    a.log(
      `Editie ${number} staat online. Versturen staat uit (NIEUWSBRIEF_VERZENDEN=uit): er wordt niets voor verstuurd, ook later niet.`,
    );
    return;
  }
  if (a.mode === 'verzenden' && !isMailingHour(a.now)) {
    const morning = nextMailingHour(a.now);
    // A retry that comes due at night keeps its count and reason; it just waits for the morning too.
    await record(
      previous?.state === 'failed'
        ? { ...previous, run: a.run, nextAttempt: time(morning) }
        : { state: 'waiting', at, notBefore: time(morning) },
    );
    a.log(
      `Editie ${number} staat online, midden in de nacht: de mail gaat naar de abonnees om ${formatMoment(morning, a.now)}.`,
    );
    return;
  }

  const attempts = previous?.state === 'failed' ? previous.attempts : 0;
  let campaignId: string | undefined;
  const failed = async (error: unknown) => {
    const reason = plainReason(error);
    const common = { at, reason, attempts: attempts + 1, ...(campaignId ? { campaign: campaignId } : {}) };
    if (retryLimitReached(a.now, firstSeen)) {
      await record({ state: 'gave-up', ...common });
      a.log(
        `LET OP, editie ${number}: ${RETRY_LIMIT_DAYS} dagen na het online komen nog niet verstuurd (${(error as Error).message}). ` +
          'Het wordt niet meer vanzelf geprobeerd. Kijk in Laposta bij Campagnes en verstuur de campagne daar.',
      );
      return;
    }
    const next = nextAttempt(a.now, firstSeen, a.mode === 'verzenden');
    await record({ state: 'failed', run: a.run, nextAttempt: time(next), ...common });
    a.log(
      `Editie ${number}: niet verstuurd, ${(error as Error).message}. Volgende poging: ${formatMoment(next, a.now)}.`,
    );
  };

  let subscribers: number | undefined;
  try {
    const name = campaignName(number);
    const campaign =
      (await a.service.findCampaign(name)) ??
      (await a.service.createCampaign({ name, subject: edition.title }));
    campaignId = campaign.id;
    if (campaign.sent) {
      await record({ state: 'sent', at: time(campaign.sentAt ?? a.now), campaign: campaign.id });
      a.log(
        `Editie ${number}: campagne ${campaign.id} in Laposta was al verstuurd; niets opnieuw verstuurd.`,
      );
      return;
    }
    await a.service.fillCampaign(campaign.id, a.addressOf(edition.mail));
    if (a.mode === 'concept') {
      await a.service.sendTestMail(campaign.id, a.testAddress);
      await record({ state: 'draft', at, campaign: campaign.id });
      a.log(
        `Editie ${number}: campagne ${campaign.id} staat klaar in Laposta en de testmail is verstuurd. Verstuur de campagne vanuit Laposta.`,
      );
      return;
    }
    subscribers = await a.service.activeSubscribers().catch(() => undefined);
  } catch (error) {
    await failed(error);
    return;
  }

  // From here on only Laposta knows for sure: a run stopped now must not send again.
  await record({ state: 'claimed', run: a.run, at, campaign: campaignId, sending: true });
  try {
    await a.service.send(campaignId);
  } catch (error) {
    if (error instanceof NoAnswerError) {
      await record({ state: 'unknown', at, campaign: campaignId, reason: plainReason(error) });
      a.log(
        `LET OP, editie ${number}: onbekend of campagne ${campaignId} is verstuurd (${error.message}). ` +
          'Dit wordt niet vanzelf opnieuw geprobeerd. Kijk in Laposta bij Campagnes: is ze niet verstuurd, verstuur haar dan daar.',
      );
    } else {
      await failed(error);
    }
    return;
  }
  await record({
    state: 'sent',
    at,
    campaign: campaignId,
    ...(subscribers === undefined ? {} : { subscribers }),
  });
  a.log(`Editie ${number}: campagne ${campaignId} is verstuurd aan ${subscribers ?? 'de'} abonnees.`);
}

/** A run stopped after it called send (Netlify ended it): a person looks in Laposta. */
async function stoppedWhileSending(a: Announcement, number: number, existing: Versioned): Promise<void> {
  const { record } = existing;
  const campaign = record.state === 'claimed' ? (record.campaign ?? '') : '';
  const unknown: EditionRecord = {
    ...sightKept(record),
    state: 'unknown',
    at: time(a.now),
    campaign,
    reason: newsletterText.reasons.stopped,
  };
  if (!(await a.records.replace(number, unknown, existing.etag))) return;
  await a.records.write(number, unknown);
  a.log(
    `LET OP, editie ${number}: een eerdere poging stopte na het versturen van campagne ${campaign}. Kijk in Laposta bij Campagnes of ze is verstuurd.`,
  );
}

/** A draft the staff send from Laposta: recorded as sent once Laposta says so. */
async function followDraft(a: Announcement, number: number, record: EditionRecord): Promise<void> {
  if (record.state !== 'draft') return;
  try {
    const campaign = await a.service.campaign(record.campaign);
    if (!campaign.sent) return;
    const subscribers = await a.service.activeSubscribers().catch(() => undefined);
    await a.records.write(number, {
      ...sightKept(record),
      state: 'sent',
      at: time(campaign.sentAt ?? a.now),
      campaign: record.campaign,
      ...(subscribers === undefined ? {} : { subscribers }),
    });
    a.log(`Editie ${number}: campagne ${record.campaign} is in Laposta verstuurd.`);
  } catch (error) {
    a.log(
      `Editie ${number}: de stand van campagne ${record.campaign} kon niet worden gelezen (${(error as Error).message}); het volgende uur opnieuw.`,
    );
  }
}
