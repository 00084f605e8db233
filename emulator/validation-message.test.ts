// An InvalidRequestException for a bad input lists the offending members and its count always
// matches what it lists; an input with any number of problems is looked at only up to a limit.
import { describe, expect, it } from 'vitest';
import { stringConstraint, type Violation } from '../contract/index.js';
import { errorName, rawCall } from '../test-support/emulator/raw-call.js';
import { useEmulator } from '../test-support/emulator/use-emulator.js';
import { INPUT_VIOLATION_LIMIT } from './behaviour/faithful-input.js';
import { validationMessage } from './validate-input.js';

const MESSAGE_MAX = stringConstraint('ErrorMessage').maxLength;

const violation = (i: number, pad = ''): Violation => ({
  requirement: 'shape.TagKey.length',
  instancePath: `/Tags/${i}/Key`,
  keyword: 'minLength',
  message: `/Tags/${i}/Key must NOT have fewer than 1 characters${pad}`,
});
const many = (n: number, pad = '') => Array.from({ length: n }, (_, i) => violation(i, pad));

/** The count the message gives of what it lists, and how many items it does list. */
function countAndListed(message: string): { count: number; listed: number } {
  const m = /(?:^(\d+) validation errors? detected: |; the first (\d+): )(.*)\.$/.exec(message);
  if (!m) throw new Error(`unexpected message: ${message}`);
  return { count: Number(m[1] ?? m[2]), listed: (m[3] ?? '').split('; ').length };
}

describe('validationMessage', () => {
  it('lists every violation when they fit, and says how many', () => {
    expect(validationMessage(many(1))).toBe(
      '1 validation error detected: /Tags/0/Key must NOT have fewer than 1 characters.',
    );
    const message = validationMessage(many(4));
    expect(message).toMatch(/^4 validation errors detected: /);
    expect(countAndListed(message)).toEqual({ count: 4, listed: 4 });
  });

  it('lists only what fits in an ErrorMessage, and says how many it lists', () => {
    for (const [n, pad] of [
      [6, 'x'.repeat(120)],
      [INPUT_VIOLATION_LIMIT - 1, ''],
      [INPUT_VIOLATION_LIMIT, ''],
    ] as const) {
      const message = validationMessage(many(n, pad));
      expect(message.length).toBeLessThanOrEqual(MESSAGE_MAX);
      const { count, listed } = countAndListed(message);
      expect(count).toBe(listed);
      expect(listed).toBeLessThan(n);
      expect(message).toMatch(
        n >= INPUT_VIOLATION_LIMIT
          ? new RegExp(`^More than ${INPUT_VIOLATION_LIMIT - 1} validation errors detected; `)
          : new RegExp(`^${n} validation errors detected; the first ${listed}: `),
      );
    }
  });
});

describe('a request with 75,000 bad tags', () => {
  const emulator = useEmulator();

  it('is answered InvalidRequestException, the message listing what it counts', async () => {
    const tags = Array<number>(75_000).fill(1);
    const response = await rawCall(emulator().url, 'CreateConnection', {
      ConnectionName: 'many-bad-tags',
      ProviderType: 'GITHUB',
      Tags: tags,
    });
    expect(response.status).toBe(400);
    expect(errorName(response)).toBe('InvalidRequestException');
    const message = String(response.json?.Message);
    expect(message).toMatch(/^More than 20 validation errors detected; the first \d+: \/Tags\/0 /);
    const { count, listed } = countAndListed(message);
    expect(count).toBe(listed);
    // The emulator still serves, and stored nothing.
    const list = await rawCall(emulator().url, 'ListConnections', {});
    expect(list.json?.ConnectionSummaryList).toEqual([]);
  });
});
