// Every variant changes something observable, and the requirements whose freedom it uses still
// hold against it.
import { describe, expect, it } from 'vitest';
import { REQUIREMENTS, violations } from '../../contract/index.js';
import { create, created, listed } from '../../test-support/emulator/probes/probe.js';
import { errorName } from '../../test-support/emulator/raw-call.js';
import { withEmulator } from '../../test-support/emulator/use-emulator.js';
import { VARIANTS } from './index.js';

async function namesAllPages(url: string, max: number): Promise<string[]> {
  const names: string[] = [];
  let token: string | undefined;
  for (let page = 0; page < 50; page++) {
    const result = await listed(
      url,
      token ? { MaxResults: max, NextToken: token } : { MaxResults: max },
    );
    expect(result.summaries.length).toBeLessThanOrEqual(max);
    names.push(...result.summaries.map((s) => String(s.ConnectionName)));
    token = result.token;
    if (!token) return names;
  }
  throw new Error('more than 50 pages');
}

describe('the variant registry', () => {
  it('has unique names that vary only known requirements', () => {
    expect(new Set(VARIANTS.map((v) => v.name)).size).toBe(VARIANTS.length);
    for (const v of VARIANTS) for (const id of v.varies) expect(REQUIREMENTS.has(id)).toBe(true);
  });
});

describe('error variants', () => {
  it('bare-error-type: __type is bare and still names the error', async () => {
    await withEmulator({ variants: ['bare-error-type'] }, async ({ url }) => {
      const response = await create(url, '!!bad');
      expect(response.json?.__type).toBe('InvalidRequestException');
      expect(violations('InvalidRequestException', response.json)).toEqual([]);
    });
  });

  it('quota-status-400: the quota error is 400 and still ServiceQuotaExceededException', async () => {
    await withEmulator({ variants: ['quota-status-400'], connectionQuota: 0 }, async ({ url }) => {
      const response = await create(url, 'over-quota');
      expect([response.status, errorName(response)]).toEqual([
        400,
        'ServiceQuotaExceededException',
      ]);
    });
  });

  it('other-messages: Message is another text, still a bounded string', async () => {
    await withEmulator({ variants: ['other-messages'] }, async ({ url }) => {
      const response = await create(url, '!!bad');
      expect(response.json?.Message).toBe('Request failed (InvalidRequestException).');
      expect(violations('InvalidRequestException', response.json)).toEqual([]);
    });
  });
});

describe('listing variants', () => {
  const names = Array.from({ length: 9 }, (_, i) => `order-${i}`);

  it.each([
    'newest-first',
    'shuffled-pages',
    'short-pages',
    'empty-last-page',
    'other-token-form',
    'preexisting-connections',
  ])('%s: pagination stays complete', async (variant) => {
    await withEmulator({ variants: [variant], connectionQuota: 20 }, async ({ url }) => {
      for (const name of names) await created(url, name);
      const all = (await listed(url)).summaries.map((s) => String(s.ConnectionName));
      for (const max of [1, 2, 4, 9, 100])
        expect((await namesAllPages(url, max)).sort()).toEqual([...all].sort());
      expect(all.filter((n) => n.startsWith('order-')).sort()).toEqual(names);
    });
  });

  it('newest-first lists the newest first; preexisting-connections starts with 3 counted in the quota', async () => {
    await withEmulator({ variants: ['newest-first'] }, async ({ url }) => {
      for (const name of ['old-one', 'new-one']) await created(url, name);
      expect((await listed(url)).summaries.map((s) => s.ConnectionName)).toEqual([
        'new-one',
        'old-one',
      ]);
    });
    await withEmulator(
      { variants: ['preexisting-connections'], connectionQuota: 4 },
      async ({ url }) => {
        expect((await listed(url)).summaries).toHaveLength(3);
        await created(url, 'fourth');
        expect(errorName(await create(url, 'fifth'))).toBe('ServiceQuotaExceededException');
      },
    );
  });

  it('forged-token-restarts: a token never issued lists from the first page', async () => {
    await withEmulator({ variants: ['forged-token-restarts'] }, async ({ url }) => {
      for (const n of [1, 2, 3]) await create(url, `forged-${n}`);
      const first = await listed(url, { MaxResults: 1 });
      const forged = await listed(url, { MaxResults: 1, NextToken: 'Zm9yZ2Vk' });
      expect(forged.summaries).toEqual(first.summaries);
      expect(forged.token).toBeDefined();
    });
  });

  it('shuffled-pages sometimes answers out of creation order', async () => {
    await withEmulator({ variants: ['shuffled-pages'] }, async ({ url }) => {
      for (const name of names) await created(url, name);
      const orders = new Set<string>();
      for (let i = 0; i < 5; i++)
        orders.add((await listed(url)).summaries.map((s) => s.ConnectionName).join());
      expect([...orders].some((o) => o !== names.join())).toBe(true);
    });
  });
});
