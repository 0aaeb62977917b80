// @vitest-environment happy-dom
/**
 * The editor's panel "Ideeën" (src/admin/ideas-panel.ts) in happy-dom: it reads /admin/status.json
 * and /admin/ideeen.json and says what it read in the words of ideas-status-words.ts; without
 * either there is no panel. The lead's browser test opens it in the real editor.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StatusJson } from '../../src/lib/publishing/status-json';

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
  vi.resetModules();
});

/** The panel shown with these answers; fresh modules, as each editor page load has. */
async function panelWith(answers: Record<string, unknown | number>): Promise<HTMLDetailsElement | null> {
  vi.stubGlobal('fetch', async (url: string) => {
    const answer = answers[url];
    return typeof answer === 'number'
      ? new Response('Niet gevonden', { status: answer })
      : Response.json(answer);
  });
  const { showIdeas } = await import('../../src/admin/ideas-panel');
  await showIdeas();
  return document.querySelector<HTMLDetailsElement>('.westwint-ideas');
}

const status = (ideas: StatusJson['ideas']) => ({
  publishing: { state: 'unknown' },
  newsletter: { editions: [], signUps: { waiting: 0, expired: 0 } },
  ideas,
});

describe('the ideas panel', () => {
  it('says how many ideas wait for an answer, and that one needs a person, in the corner', async () => {
    const panel = await panelWith({
      '/admin/status.json': status({
        kept: 1,
        since: new Date(Date.now() - 8 * 86_400_000).toISOString(),
        needPerson: 1,
      }),
      '/admin/ideeen.json': { waiting: 3, oldestReceived: '2026-11-02' },
    });
    expect(panel?.parentElement?.className).toBe('westwint-corner');
    expect(panel?.dataset.tone).toBe('attention');
    expect(panel?.querySelector('summary')?.textContent).toBe('Ideeën: let op');
    const text = panel?.textContent ?? '';
    expect(text).toContain('Ideeën van bewoners');
    expect(text).toContain('3 ideeën wachten op antwoord. Het oudste kwam binnen op 2 november 2026.');
    expect(text).toContain('1 idee wacht al meer dan 7 dagen.');
  });

  it("shows the build's count alone where no status service runs (npm run dev)", async () => {
    const panel = await panelWith({ '/admin/status.json': 404, '/admin/ideeen.json': { waiting: 0 } });
    expect(panel?.querySelector('summary')?.textContent).toBe('Ideeën');
    expect(panel?.textContent).toContain('Er wacht geen idee op antwoord.');
  });

  it('is not there when neither can be read', async () => {
    expect(await panelWith({ '/admin/status.json': 404, '/admin/ideeen.json': 500 })).toBeNull();
  });
});
