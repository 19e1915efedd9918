import { describe, expect, it } from 'vitest';
import { FairQueue } from './fair-queue.js';

const queue = (over: Partial<ConstructorParameters<typeof FairQueue>[0]> = {}) =>
  new FairQueue({ slots: 2, perClient: 1, maxWaitMs: 60_000, maxWaitingPerClient: 4, ...over });

describe('FairQueue', () => {
  it("keeps one client to its share while another's query takes the free slot", async () => {
    const q = queue();
    const releaseA = await q.acquire('a');
    let secondA = false;
    const waitingA = q.acquire('a').then((release) => {
      secondA = true;
      return release;
    });
    const releaseB = await q.acquire('b');
    expect(secondA).toBe(false);
    expect(q.waitingCount).toBe(1);
    releaseA();
    (await waitingA)();
    expect(secondA).toBe(true);
    releaseB();
  });

  it('serves waiting clients in turn, not in arrival order', async () => {
    const q = queue({ slots: 1, perClient: 1 });
    const first = await q.acquire('a');
    const served: string[] = [];
    const wait = (client: string) =>
      q.acquire(client).then((release) => {
        served.push(client);
        release();
      });
    const all = Promise.all([wait('a'), wait('a'), wait('a'), wait('b'), wait('c')]);
    first();
    await all;
    expect(served).toEqual(['a', 'b', 'c', 'a', 'a']);
  });

  it('refuses with 429 past the deadline, and at once past the per-client queue', async () => {
    const q = queue({ slots: 1, maxWaitMs: 30, maxWaitingPerClient: 1 });
    const held = await q.acquire('a');
    const late = q.acquire('b');
    await expect(q.acquire('b')).rejects.toMatchObject({ status: 429 });
    await expect(late).rejects.toMatchObject({ status: 429, code: 'too_many_queries' });
    expect(q.waitingCount).toBe(0);
    held();
    (await q.acquire('b'))();
  });
});
