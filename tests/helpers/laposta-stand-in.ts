/**
 * A local stand-in for Laposta's API v2 (api.laposta.nl/doc), for the newsletter's tests. It
 * checks every request as Laposta documents it (the endpoint, Basic authentication with the API
 * key as user name and no password, form-encoded fields, the required ones) and answers as the
 * documentation shows, errors as {"error": {type, message, code, parameter}}. Filling a campaign
 * from an address fetches that address, as Laposta does, and keeps the HTML.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Operation =
  'member' | 'campaigns' | 'campaign' | 'list' | 'create' | 'content' | 'testmail' | 'send';

export interface Member {
  member_id: string;
  list_id: string;
  email: string;
  state: 'unconfirmed' | 'active';
  ip: string;
  source_url: string;
}

export interface LapostaCampaign {
  campaign_id: string;
  name: string;
  subject: string;
  from: { name: string; email: string };
  reply_to: string;
  list_ids: string[];
  delivery_requested: string | null;
  delivery_started: string | null;
  /** What the content call put in. */
  html: string | null;
  /** Test mails sent, by address. */
  testmails: string[];
}

export interface Request {
  method: string;
  path: string;
  fields: Record<string, string | string[]>;
}

export interface LapostaStandIn {
  /** The API's base address, as LAPOSTA_API_URL takes it (…/v2). */
  url: string;
  apiKey: string;
  listId: string;
  members: Member[];
  campaigns: LapostaCampaign[];
  /** Every request that was checked and answered, in order. */
  requests: Request[];
  /** The next request of this kind is answered with this HTTP status and an error body. */
  failNext(operation: Operation, status: number): void;
  /** The next request of this kind gets no answer at all (a timeout for the caller). */
  hangNext(operation: Operation): void;
  /** Down: every request is answered 503, as during an outage, until set back. */
  down: boolean;
  /** How many confirmed members the list reports (GET /list/{id}: members.active). */
  activeMembers: number;
  /** The staff send a campaign from Laposta's own screens (a concept). */
  sendFromLaposta(campaignId: string, at: string): void;
  reset(): void;
  close(): Promise<void>;
}

/** The test account's settings: invented values that look nothing like a real key. */
export const STAND_IN_KEY = 'testsleutel-laposta';
export const STAND_IN_LIST = 'testlijst';

const ERRORS: Record<number, string> = {
  201: 'The parameter is empty',
  203: 'The parameter is unknown',
  204: 'The parameter already exists',
  208: 'The parameter is not an email address',
  209: 'The parameter is not a URL',
};

class ApiError extends Error {
  readonly status: number;
  readonly type: string;
  readonly code: number | undefined;
  readonly parameter: string | undefined;

  constructor(status: number, type: string, message: string, code?: number, parameter?: string) {
    super(message);
    this.status = status;
    this.type = type;
    this.code = code;
    this.parameter = parameter;
  }
}

const invalid = (code: number, parameter: string, message = ERRORS[code]!) =>
  new ApiError(400, 'invalid_input', message, code, parameter);

function required(fields: Request['fields'], ...names: string[]): void {
  for (const name of names) {
    const value = fields[name];
    if (value === undefined || (Array.isArray(value) ? value.length === 0 : value.trim() === ''))
      throw invalid(201, name);
  }
}

/** A form body as Laposta reads it: list_ids[] as a list, from[name] as itself. */
function readFields(body: string): Request['fields'] {
  const fields: Request['fields'] = {};
  for (const [name, value] of new URLSearchParams(body)) {
    if (name.endsWith('[]')) ((fields[name.slice(0, -2)] ??= []) as string[]).push(value);
    else fields[name] = value;
  }
  return fields;
}

export async function startLapostaStandIn(): Promise<LapostaStandIn> {
  let next = 1;
  const failures = new Map<Operation, number>();
  const hanging = new Set<Operation>();
  const held: ServerResponse[] = [];
  const state = {
    members: [] as Member[],
    campaigns: [] as LapostaCampaign[],
    requests: [] as Request[],
    down: false,
    activeMembers: 812,
  };

  const campaignOf = (id: string) => {
    const found = state.campaigns.find((c) => c.campaign_id === id);
    if (!found) throw new ApiError(404, 'invalid_request', 'Unknown campaign');
    return found;
  };
  const campaignAnswer = (c: LapostaCampaign) => ({
    campaign: {
      account_id: 'testaccount',
      campaign_id: c.campaign_id,
      created: '2026-11-30 10:00:00',
      modified: null,
      type: 'regular',
      delivery_requested: c.delivery_requested,
      delivery_started: c.delivery_started,
      delivery_ended: null,
      name: c.name,
      subject: c.subject,
      from: c.from,
      reply_to: c.reply_to,
      list_ids: c.list_ids,
      stats: { ga: 'false', mtrack: 'false' },
      web: null,
      screenshot: null,
    },
  });

  async function answer(
    method: string,
    path: string,
    fields: Request['fields'],
  ): Promise<[Operation, () => Promise<unknown>]> {
    const campaignAction = /^\/v2\/campaign\/([^/]+)\/(content|action\/testmail|action\/send)$/.exec(path);
    if (method === 'POST' && path === '/v2/member') {
      return [
        'member',
        async () => {
          required(fields, 'list_id', 'ip', 'email');
          if (fields.list_id !== STAND_IN_LIST) throw invalid(203, 'list_id', 'Unknown list');
          const email = String(fields.email);
          if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw invalid(208, 'email');
          if (state.members.some((m) => m.email.toLowerCase() === email.toLowerCase()))
            throw invalid(204, 'email', 'Email address exists');
          // A double opt-in list: the member waits for the confirmation mail's link.
          const member: Member = {
            member_id: `m${next++}`,
            list_id: STAND_IN_LIST,
            email,
            state: 'unconfirmed',
            ip: String(fields.ip),
            source_url: String(fields.source_url ?? ''),
          };
          state.members.push(member);
          return {
            member: {
              ...member,
              signup_date: '2026-11-30 10:00:00',
              modified: null,
              confirm_date: null,
              custom_fields: {},
            },
          };
        },
      ];
    }
    if (method === 'GET' && path === '/v2/campaign')
      return ['campaigns', async () => ({ data: state.campaigns.map(campaignAnswer) })];
    const oneCampaign = /^\/v2\/campaign\/([^/]+)$/.exec(path);
    if (method === 'GET' && oneCampaign)
      return ['campaign', async () => campaignAnswer(campaignOf(oneCampaign[1]!))];
    const list = /^\/v2\/list\/([^/]+)$/.exec(path);
    if (method === 'GET' && list) {
      return [
        'list',
        async () => {
          if (list[1] !== STAND_IN_LIST) throw new ApiError(404, 'invalid_request', 'Unknown list');
          return {
            list: {
              account_id: 'testaccount',
              list_id: STAND_IN_LIST,
              created: '2026-11-01 10:00:00',
              modified: null,
              state: 'active',
              name: 'Nieuwsbrief Heilust',
              remarks: '',
              subscribe_notification_email: '',
              unsubscribe_notification_email: '',
              members: { active: state.activeMembers, unsubscribed: 0, cleaned: 0 },
            },
          };
        },
      ];
    }
    if (method === 'POST' && path === '/v2/campaign') {
      return [
        'create',
        async () => {
          required(fields, 'type', 'name', 'subject', 'from[name]', 'from[email]', 'list_ids');
          if (fields.type !== 'regular') throw invalid(203, 'type', 'Unknown campaign type');
          if (!(fields.list_ids as string[]).every((id) => id === STAND_IN_LIST))
            throw invalid(203, 'list_ids', 'Unknown list');
          const c: LapostaCampaign = {
            campaign_id: `c${next++}`,
            name: String(fields.name),
            subject: String(fields.subject),
            from: { name: String(fields['from[name]']), email: String(fields['from[email]']) },
            reply_to: String(fields.reply_to ?? ''),
            list_ids: fields.list_ids as string[],
            delivery_requested: null,
            delivery_started: null,
            html: null,
            testmails: [],
          };
          state.campaigns.push(c);
          return campaignAnswer(c);
        },
      ];
    }
    if (method === 'POST' && campaignAction) {
      const [, id = '', action] = campaignAction;
      if (action === 'content') {
        return [
          'content',
          async () => {
            const c = campaignOf(id);
            if (!fields.import_url && !fields.html) throw invalid(201, 'html');
            let html = String(fields.html ?? '');
            if (fields.import_url) {
              const page = await fetch(String(fields.import_url)).catch(() => null);
              if (!page?.ok) throw invalid(209, 'import_url', 'Could not import the URL');
              html = await page.text();
            }
            c.html = html;
            return { campaign: { campaign_id: c.campaign_id, plaintext: '', html } };
          },
        ];
      }
      if (action === 'action/testmail') {
        return [
          'testmail',
          async () => {
            const c = campaignOf(id);
            required(fields, 'email');
            c.testmails.push(String(fields.email));
            return campaignAnswer(c);
          },
        ];
      }
      return [
        'send',
        async () => {
          const c = campaignOf(id);
          if (!c.html) throw new ApiError(400, 'invalid_request', 'Campaign has no content');
          if (c.delivery_requested) throw new ApiError(400, 'invalid_request', 'Campaign already sent');
          c.delivery_requested = '2026-11-30 10:00:00';
          return campaignAnswer(c);
        },
      ];
    }
    throw new ApiError(404, 'invalid_request', 'Unknown endpoint');
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const send = (status: number, data: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(data));
    };
    const fail = (error: ApiError) =>
      send(error.status, {
        error: {
          type: error.type,
          message: error.message,
          ...(error.code ? { code: error.code } : {}),
          ...(error.parameter ? { parameter: error.parameter } : {}),
        },
      });
    try {
      const [user, password] = Buffer.from((req.headers.authorization ?? '').replace(/^Basic /, ''), 'base64')
        .toString()
        .split(':');
      if (!req.headers.authorization?.startsWith('Basic ') || user !== STAND_IN_KEY || password)
        throw new ApiError(401, 'invalid_request', 'Invalid API key');
      if (
        req.method === 'POST' &&
        !/application\/x-www-form-urlencoded/.test(String(req.headers['content-type']))
      ) {
        throw new ApiError(400, 'invalid_request', 'Expected a form-encoded body');
      }
      if (state.down) {
        send(503, { error: { type: 'internal', message: 'Service unavailable' } });
        return;
      }
      const fields = readFields(body);
      const [operation, run] = await answer(req.method ?? 'GET', path, fields);
      if (hanging.delete(operation)) {
        held.push(res);
        return;
      }
      const failure = failures.get(operation);
      if (failure !== undefined) {
        failures.delete(operation);
        if (failure >= 500) send(failure, { error: { type: 'internal', message: 'Internal server error' } });
        else fail(new ApiError(failure, 'invalid_request', 'Refused by the stand-in'));
        return;
      }
      const data = await run();
      state.requests.push({ method: req.method ?? 'GET', path, fields });
      send(200, data);
    } catch (error) {
      if (error instanceof ApiError) fail(error);
      else send(500, { error: { type: 'internal', message: String(error) } });
    }
  }

  const server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v2`,
    apiKey: STAND_IN_KEY,
    listId: STAND_IN_LIST,
    get members() {
      return state.members;
    },
    get campaigns() {
      return state.campaigns;
    },
    get requests() {
      return state.requests;
    },
    get down() {
      return state.down;
    },
    set down(value: boolean) {
      state.down = value;
    },
    get activeMembers() {
      return state.activeMembers;
    },
    set activeMembers(value: number) {
      state.activeMembers = value;
    },
    sendFromLaposta(campaignId, at) {
      const c = state.campaigns.find((campaign) => campaign.campaign_id === campaignId);
      if (!c) throw new Error(`no campaign ${campaignId}`);
      c.delivery_requested = at;
      c.delivery_started = at;
    },
    failNext: (operation, status) => failures.set(operation, status),
    hangNext: (operation) => hanging.add(operation),
    reset() {
      state.members.length = 0;
      state.campaigns.length = 0;
      state.requests.length = 0;
      failures.clear();
      hanging.clear();
      state.down = false;
      state.activeMembers = 812;
    },
    close: async () => {
      for (const res of held.splice(0)) res.destroy();
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
    },
  };
}
