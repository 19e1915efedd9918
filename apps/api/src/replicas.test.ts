/**
 * GWR_PROCESSES=2: two server processes on one port over one store. Both answer; a report added
 * through one is served by both; a server process that dies is replaced; stopping the server
 * leaves no process behind.
 */
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { get } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_DIR } from './testing/seed-database.js';
import { type ServerProcess, startServerProcess } from './testing/seed-server-process.js';

const TOKEN = 'replicas-token';
let server: ServerProcess;

beforeAll(async () => {
  server = await startServerProcess({ API_TOKEN: TOKEN, GWR_PROCESSES: '2' });
}, 120_000);
afterAll(() => server?.stop());

/**
 * The status of a GET on a connection of its own, as a new client's: a pooled connection may have
 * been the killed process's, or closed by a server's keep-alive timeout while the test waited.
 */
function freshStatus(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    get(url, { agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    }).on('error', reject);
  });
}

/** The server processes the primary forked (tsx starts node, which is the primary). */
function serverProcesses(): number[] {
  const rows = execFileSync('ps', ['-eo', 'pid=,ppid=,args='])
    .toString()
    .trim()
    .split('\n')
    .map((line) => {
      const [pid, ppid, ...args] = line.trim().split(/\s+/);
      return { pid: Number(pid), ppid: Number(ppid), args: args.join(' ') };
    });
  const inTree = new Set([server.child.pid!]);
  for (const _ of rows) for (const r of rows) if (inTree.has(r.ppid)) inTree.add(r.pid);
  const servers = rows.filter(
    (r) => inTree.has(r.pid) && r.pid !== server.child.pid && /server\.ts/.test(r.args),
  );
  const primary = servers.find((r) => !servers.some((p) => p.pid === r.ppid));
  return servers.filter((r) => r.ppid === primary?.pid).map((r) => r.pid);
}

const gdp2018 = async () => {
  const card = (await (await fetch(`${server.baseUrl}/api/scorecard?region=331126&year=2018`)).json()) as any;
  return card.rows.find((r: any) => r.indicator === 'gdp' && r.measure === 'growth_pct');
};

describe('GWR_PROCESSES=2', () => {
  it('runs two server processes on one port', () => {
    expect(server.output()).toMatch(/ready: http:\/\/\S+ \(2 processes\)/);
    expect(serverProcesses()).toHaveLength(2);
  });

  it('serves a report added through one process from both', async () => {
    const res = await fetch(`${server.baseUrl}/api/documents`, {
      method: 'POST',
      body: await readFile(join(FIXTURE_DIR, 'qingyuan-2019.txt')),
      headers: { Authorization: `Bearer ${TOKEN}` },
    });
    expect(res.status).toBe(201);
    // The other process notices the new store file within its poll (500 ms).
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const statuses = await Promise.all(Array.from({ length: 20 }, async () => (await gdp2018()).status));
    expect(new Set(statuses)).toEqual(new Set(['met']));
  }, 60_000);

  it('replaces a server process that dies, and keeps answering', async () => {
    const [victim] = serverProcesses();
    process.kill(victim!, 'SIGKILL');
    // The killed process can still be listed for a moment (not yet reaped), so wait for the set
    // to change, not only for its size.
    const replaced = () => {
      const pids = serverProcesses();
      return pids.length === 2 && !pids.includes(victim!);
    };
    for (let i = 0; i < 100 && !replaced(); i++) await new Promise((r) => setTimeout(r, 200));
    const now = serverProcesses();
    expect(now).toHaveLength(2);
    expect(now).not.toContain(victim);
    for (let i = 0; i < 10; i++) expect(await freshStatus(`${server.baseUrl}/api/health`)).toBe(200);
  }, 60_000);

  it('leaves no process behind when stopped', async () => {
    const pids = serverProcesses();
    expect(pids).toHaveLength(2);
    await server.stop();
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const alive = pids.filter((pid) => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    });
    expect(alive).toEqual([]);
  }, 30_000);
});
