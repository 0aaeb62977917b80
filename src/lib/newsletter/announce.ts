/**
 * Announcing new editions to the newsletter's subscribers: what one production deploy does, at
 * most once per edition, whatever happens around it.
 *
 * - The first run that finds no record at all marks every edition online as archive: the archive
 *   is never mailed. An edition dated more than MAX_AGE_DAYS before the deploy is not mailed
 *   either (an editor adding an old edition to the archive).
 * - Before anything else a run claims the edition with a write that only succeeds if the record
 *   is new (or still the failed one it saw). Netlify Blobs makes that write atomic; the local
 *   emulation's store does not, so the run also reads its claim back once the writes have
 *   settled, and stops when another run's claim is there.
 * - The campaign is looked up by the edition's name first, so a lost or stale record cannot
 *   cause a second one; a campaign already sent is only recorded.
 * - A clear refusal before sending is recorded as failed, and the next production deploy tries
 *   again. A send call without a clear answer is recorded as unknown and never tried again by
 *   itself: a person decides, in Laposta.
 */
import type { SendMode } from './config.ts';
import type { Log } from './log.ts';
import { NoAnswerError, type MailingService } from './mailing-service.ts';
import type { PublishedEdition } from './published.ts';
import type { EditionRecord, EditionRecords } from './records.ts';

/** An edition dated longer ago than this when it first goes online is not mailed. */
export const MAX_AGE_DAYS = 14;

/** The campaign's name in the mailing service: one per edition number, so it is found again. */
export const campaignName = (edition: number) => `Nieuwsbrief Heilust, editie ${edition}`;

export interface Announcement {
  editions: readonly PublishedEdition[];
  records: EditionRecords;
  service: MailingService;
  mode: SendMode;
  testAddress: string;
  /** Resolves a path of the deploy (an edition's mail page) to the address the service fetches. */
  addressOf: (path: string) => string;
  /** This run, so its claim can be told from another's. */
  run: string;
  /** Today in Amsterdam, JJJJ-MM-DD. */
  today: string;
  log: Log;
  /** How long to let writes settle before reading a claim back. */
  settleMs?: number;
}

const now = () => new Date().toISOString();
const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Announces every edition that has no record yet (or whose last try failed clearly). */
export async function announceNewEditions(a: Announcement): Promise<void> {
  const oldestFirst = [...a.editions].sort((x, y) => x.date.localeCompare(y.date) || x.edition - y.edition);
  if (!(await a.records.any())) {
    for (const edition of oldestFirst) await a.records.create(edition.edition, { state: 'archief', at: now(), reason: 'al online toen het aankondigen begon' });
    a.log(`Eerste keer: ${oldestFirst.length} edities die al online staan zijn als archief vastgelegd. Er is niets verstuurd.`);
    return;
  }
  for (const edition of oldestFirst) await announceOne(a, edition);
}

/** Claims the edition for this run; false when it is not this run's to announce. */
async function claim(a: Announcement, edition: number): Promise<boolean> {
  const existing = await a.records.read(edition);
  const claimed: EditionRecord = { state: 'bezig', run: a.run, at: now() };
  if (existing && existing.record.state !== 'mislukt') return false;
  const won = existing ? await a.records.replace(edition, claimed, existing.etag) : await a.records.create(edition, claimed);
  if (!won) return false;
  await pause(a.settleMs ?? 300);
  const settled = await a.records.read(edition);
  return settled?.record.state === 'bezig' && settled.record.run === a.run;
}

async function announceOne(a: Announcement, edition: PublishedEdition): Promise<void> {
  const number = edition.edition;
  if (!(await claim(a, number))) return;
  const record = (next: EditionRecord) => a.records.write(number, next);

  const age = daysBetween(edition.date, a.today);
  if (age > MAX_AGE_DAYS) {
    await record({ state: 'archief', at: now(), reason: `gedateerd ${age} dagen voor deze deploy` });
    a.log(`Editie ${number} is gedateerd ${edition.date}, meer dan ${MAX_AGE_DAYS} dagen geleden: als archief vastgelegd, niet gemaild.`);
    return;
  }
  if (a.mode === 'uit') {
    await record({ state: 'overgeslagen', at: now() });
    a.log(`Editie ${number} staat online. Versturen staat uit (NIEUWSBRIEF_VERZENDEN=uit): er is niets verstuurd, ook later niet.`);
    return;
  }

  let campaignId: string | undefined;
  try {
    const name = campaignName(number);
    const campaign = (await a.service.findCampaign(name)) ?? (await a.service.createCampaign({ name, subject: edition.title }));
    campaignId = campaign.id;
    if (campaign.sent) {
      await record({ state: 'verzonden', at: now(), campaign: campaign.id });
      a.log(`Editie ${number}: campagne ${campaign.id} in Laposta was al verstuurd; niets opnieuw verstuurd.`);
      return;
    }
    await a.service.fillCampaign(campaign.id, a.addressOf(edition.mail));
    if (a.mode === 'concept') {
      await a.service.sendTestMail(campaign.id, a.testAddress);
      await record({ state: 'concept', at: now(), campaign: campaign.id });
      a.log(`Editie ${number}: campagne ${campaign.id} staat klaar in Laposta en de testmail is verstuurd. Verstuur de campagne vanuit Laposta.`);
      return;
    }
  } catch (error) {
    await record({ state: 'mislukt', run: a.run, at: now(), reason: (error as Error).message, ...(campaignId ? { campaign: campaignId } : {}) });
    a.log(`Editie ${number}: niet verstuurd, ${(error as Error).message}. De volgende productie-deploy probeert het opnieuw.`);
    return;
  }

  try {
    await a.service.send(campaignId);
  } catch (error) {
    if (error instanceof NoAnswerError) {
      await record({ state: 'onbekend', at: now(), campaign: campaignId, reason: error.message });
      a.log(
        `LET OP, editie ${number}: onbekend of campagne ${campaignId} is verstuurd (${error.message}). ` +
          'Dit wordt niet vanzelf opnieuw geprobeerd. Kijk in Laposta bij Campagnes: is ze niet verstuurd, verstuur haar dan daar.',
      );
    } else {
      await record({ state: 'mislukt', run: a.run, at: now(), reason: (error as Error).message, campaign: campaignId });
      a.log(`Editie ${number}: niet verstuurd, ${(error as Error).message}. De volgende productie-deploy probeert het opnieuw.`);
    }
    return;
  }
  await record({ state: 'verzonden', at: now(), campaign: campaignId });
  a.log(`Editie ${number}: campagne ${campaignId} is verstuurd aan de abonnees.`);
}
