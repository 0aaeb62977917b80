/**
 * A mailing service in memory for the unit tests of the newsletter's logic: it answers after a
 * network's pause, notes every call, and can be down (no answer) or refuse what it is sent.
 */
import {
  NoAnswerError,
  RefusedError,
  type Campaign,
  type MailingService,
  type NewMember,
} from '../../src/lib/newsletter/mailing-service';

export function fakeService() {
  const campaigns: Campaign[] = [];
  const members: NewMember[] = [];
  const calls: string[] = [];
  const state = { down: false, refuse: null as RefusedError | null, subscribers: 812 };
  const network = async () => {
    await new Promise((done) => setTimeout(done, 5));
    if (state.down) throw new NoAnswerError('niet bereikbaar');
    if (state.refuse) throw state.refuse;
  };
  const service: MailingService = {
    subscribe: async (member) => {
      await network();
      if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(member.email))
        throw new RefusedError(400, 'POST /member: invalid_input 208 (email)', 208, 'email');
      calls.push('subscribe');
      if (members.some((m) => m.email === member.email)) return 'already-listed';
      members.push(member);
      return 'added';
    },
    findCampaign: async (name) => {
      await network();
      return campaigns.find((c) => c.name === name) ?? null;
    },
    campaign: async (id) => {
      await network();
      return campaigns.find((c) => c.id === id)!;
    },
    activeSubscribers: async () => {
      await network();
      return state.subscribers;
    },
    createCampaign: async ({ name }) => {
      await network();
      calls.push(`create ${name}`);
      const c: Campaign = { id: `c${campaigns.length + 1}`, name, sent: false };
      campaigns.push(c);
      return c;
    },
    fillCampaign: async (id, url) => {
      await network();
      calls.push(`fill ${id} ${url}`);
    },
    sendTestMail: async (id) => {
      await network();
      calls.push(`testmail ${id}`);
    },
    send: async (id) => {
      await network();
      calls.push(`send ${id}`);
      campaigns.find((c) => c.id === id)!.sent = true;
    },
  };
  return { service, calls, campaigns, members, state };
}
