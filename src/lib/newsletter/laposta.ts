/**
 * The mailing service Laposta, through its API v2 (api.laposta.nl/doc): Basic authentication
 * with the API key as user name, form-encoded requests, JSON answers, and errors as
 * {"error": {type, message, code, parameter}}.
 */
import { amsterdamInstant } from '../dates/amsterdam.ts';
import {
  NoAnswerError,
  RefusedError,
  type Campaign,
  type MailingService,
  type NewCampaign,
  type NewMember,
} from './mailing-service.ts';

export const LAPOSTA_API_URL = 'https://api.laposta.nl/v2';

/**
 * Where a mail's unsubscribe link goes. Laposta puts each subscriber's own link in its place; a
 * mail without one gets Laposta's own link added at the bottom, which our mail does not rely on.
 */
export const LAPOSTA_UNSUBSCRIBE_LINK = '/tag/unsubscribe';

/** Laposta's error code for "the parameter already exists": here, an address already on the list. */
const ALREADY_EXISTS = 204;

export interface LapostaSettings {
  apiKey: string;
  listId: string;
  fromName: string;
  fromEmail: string;
  /** LAPOSTA_API_URL; the tests point it at a local stand-in. */
  apiUrl?: string;
  /** How long to wait for an answer. */
  timeoutMs?: number;
}

interface LapostaError {
  error?: { type?: string; message?: string; code?: number; parameter?: string };
}

interface LapostaCampaign {
  campaign_id: string;
  name: string;
  delivery_requested: string | null;
  delivery_started: string | null;
}

/** A form body as Laposta reads it: nested fields as from[name], lists as list_ids[]. */
function formBody(fields: Record<string, string | string[] | Record<string, string>>): URLSearchParams {
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) {
    if (Array.isArray(value)) for (const item of value) body.append(`${name}[]`, item);
    else if (typeof value === 'object')
      for (const [key, item] of Object.entries(value)) body.append(`${name}[${key}]`, item);
    else body.append(name, value);
  }
  return body;
}

/** Laposta writes moments as "2026-12-01 08:00:00", Amsterdam time. */
function lapostaMoment(text: string | null): Date | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})/.exec(text ?? '');
  return (match && amsterdamInstant(match[1]!, match[2]!)) || undefined;
}

function toCampaign(c: LapostaCampaign): Campaign {
  const sentAt = lapostaMoment(c.delivery_started) ?? lapostaMoment(c.delivery_requested);
  return {
    id: c.campaign_id,
    name: c.name,
    sent: Boolean(c.delivery_requested || c.delivery_started),
    ...(sentAt ? { sentAt } : {}),
  };
}

export function laposta(settings: LapostaSettings): MailingService {
  const base = (settings.apiUrl ?? LAPOSTA_API_URL).replace(/\/+$/, '');
  const authorization = `Basic ${Buffer.from(`${settings.apiKey}:`).toString('base64')}`;

  /** One call; a refusal or no answer becomes the matching error, never naming the key or an address. */
  async function call<T>(
    method: 'GET' | 'POST',
    path: string,
    fields?: Parameters<typeof formBody>[0],
  ): Promise<T> {
    let response: Response;
    try {
      response = await fetch(`${base}${path}`, {
        method,
        headers: { authorization, accept: 'application/json' },
        body: method === 'POST' ? formBody(fields ?? {}) : undefined,
        signal: AbortSignal.timeout(settings.timeoutMs ?? 20_000),
      });
    } catch (error) {
      const reason =
        (error as Error).name === 'TimeoutError'
          ? `geen antwoord binnen ${settings.timeoutMs ?? 20_000} ms`
          : 'niet bereikbaar';
      throw new NoAnswerError(`${method} ${path}: ${reason}`);
    }
    const body = (await response.json().catch(() => null)) as (T & LapostaError) | null;
    if (response.ok && body) return body;
    if (response.status >= 500 || !body)
      throw new NoAnswerError(`${method} ${path}: HTTP ${response.status}`);
    const { type = 'onbekend', code, parameter, message = '' } = body.error ?? {};
    throw new RefusedError(
      response.status,
      `${method} ${path}: ${type}${code ? ` ${code}` : ''}${parameter ? ` (${parameter})` : ''} ${message}`.trim(),
      code,
      parameter,
    );
  }

  return {
    async subscribe({ email, ip, sourceUrl }: NewMember) {
      try {
        await call('POST', '/member', { list_id: settings.listId, email, ip, source_url: sourceUrl });
        return 'added';
      } catch (error) {
        if (error instanceof RefusedError && error.code === ALREADY_EXISTS) return 'already-listed';
        throw error;
      }
    },

    async findCampaign(name) {
      const { data } = await call<{ data: Array<{ campaign: LapostaCampaign }> }>('GET', '/campaign');
      const found = data.map((item) => item.campaign).find((campaign) => campaign.name === name);
      return found ? toCampaign(found) : null;
    },

    async campaign(id) {
      const { campaign } = await call<{ campaign: LapostaCampaign }>(
        'GET',
        `/campaign/${encodeURIComponent(id)}`,
      );
      return toCampaign(campaign);
    },

    async activeSubscribers() {
      const { list } = await call<{ list: { members?: { active?: number } } }>(
        'GET',
        `/list/${encodeURIComponent(settings.listId)}`,
      );
      const active = list.members?.active;
      if (typeof active !== 'number') throw new NoAnswerError(`GET /list: geen aantal leden in het antwoord`);
      return active;
    },

    async createCampaign({ name, subject }: NewCampaign) {
      const { campaign } = await call<{ campaign: LapostaCampaign }>('POST', '/campaign', {
        type: 'regular',
        name,
        subject,
        from: { name: settings.fromName, email: settings.fromEmail },
        reply_to: settings.fromEmail,
        list_ids: [settings.listId],
      });
      return toCampaign(campaign);
    },

    async fillCampaign(id, pageUrl) {
      await call('POST', `/campaign/${encodeURIComponent(id)}/content`, {
        import_url: pageUrl,
        inline_css: 'false',
      });
    },

    async sendTestMail(id, email) {
      await call('POST', `/campaign/${encodeURIComponent(id)}/action/testmail`, { email });
    },

    async send(id) {
      await call('POST', `/campaign/${encodeURIComponent(id)}/action/send`);
    },
  };
}
