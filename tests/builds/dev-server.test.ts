/**
 * `npm run dev` serves the editor at /admin/ and its configuration, so an editor can work on a
 * local clone's files (src/integrations/admin.ts).
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { ASTRO, ROOT, takeAstroLock, withoutTestModeVariables } from '../../scripts/lib/astro-build.ts';

describe('npm run dev', () => {
  /** A port nothing listens on now. */
  async function freePort(): Promise<number> {
    const server = createServer();
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const { port } = server.address() as { port: number };
    await new Promise((done) => server.close(done));
    return port;
  }

  test('serves the editor and its configuration, for working on a local clone', async () => {
    const port = await freePort();
    const release = takeAstroLock();
    const dev = spawn(process.execPath, [ASTRO, 'dev', '--host', '127.0.0.1', '--port', String(port)], {
      cwd: ROOT,
      env: { ...withoutTestModeVariables(process.env), ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    dev.stdout.on('data', (chunk) => (output += chunk));
    dev.stderr.on('data', (chunk) => (output += chunk));
    const base = `http://127.0.0.1:${port}`;
    /** The dev server answers once it has started; the editor first, Astro's routes a little later. */
    async function whenReady(path: string): Promise<Response> {
      for (let tries = 0; tries < 120; tries++) {
        const response = await fetch(base + path).catch(() => undefined);
        if (response?.ok) return response;
        await new Promise((done) => setTimeout(done, 250));
      }
      throw new Error(`npm run dev did not serve ${path} within 30 s:\n${output}`);
    }
    try {
      const html = await (await whenReady('/admin/')).text();
      const script = /src="(\/admin\/assets\/index-[\w-]+\.js)"/.exec(html)?.[1];
      expect(script, html).toBeDefined();
      const bundle = await fetch(base + script);
      expect(bundle.headers.get('content-type')).toMatch(/javascript/);
      const config = yaml.load(await (await whenReady('/admin/config.yml')).text());
      expect(config).toMatchObject({ backend: { name: 'github' }, collections: expect.any(Array) });
    } finally {
      const exited =
        dev.exitCode === null ? new Promise((done) => dev.once('exit', done)) : Promise.resolve();
      dev.kill();
      await exited;
      release();
    }
  });
});
