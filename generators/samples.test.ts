// A fixed-seed sample of every arbitrary, kept as a snapshot: a change in what the generators
// produce shows up in review as a diff of this file's snapshot. The seed is fixed here, not the
// run's, so the snapshot is the same in every run. Update with `npx vitest run -u <this file>`.
import fc from 'fast-check';
import { expect, it } from 'vitest';
import * as generators from './index.js';

const SEED = 20200515;
const PER_ARBITRARY = 4;

const arbitraries: Record<string, fc.Arbitrary<unknown>> = {
  connectionName: generators.connectionName(),
  invalidConnectionName: generators.invalidConnectionName(),
  providerType: generators.providerType(),
  invalidProviderType: generators.invalidProviderType(),
  tagKey: generators.tagKey(),
  invalidTagKey: generators.invalidTagKey(),
  tagValue: generators.tagValue(),
  invalidTagValue: generators.invalidTagValue(),
  tags: generators.tags(),
  tagsWithDuplicateKey: generators.tagsWithDuplicateKey(),
  tagValueWithLineTerminator: generators.tagValueWithLineTerminator(),
  createConnectionInput: generators.createConnectionInput(),
  invalidCreateConnectionInput: generators.invalidCreateConnectionInput(),
  connectionArn: generators.connectionArn(),
  invalidConnectionArn: generators.invalidConnectionArn(),
  maxResults: generators.maxResults(),
  invalidMaxResults: generators.invalidMaxResults(),
  nextToken: generators.nextToken(),
  invalidNextToken: generators.invalidNextToken(),
};

/**
 * One line per value: JSON with every character beyond ASCII written as its code point, so the
 * snapshot reads the same everywhere and an astral character shows as one \u{...}, not two halves.
 */
function line(v: unknown): string {
  return JSON.stringify(v).replace(/[^ -~]/gu, (c) => {
    const cp = c.codePointAt(0) ?? 0;
    return cp > 0xffff ? `\\u{${cp.toString(16)}}` : `\\u${cp.toString(16).padStart(4, '0')}`;
  });
}

it('samples at a fixed seed', () => {
  const samples = Object.fromEntries(
    Object.entries(arbitraries).map(([name, arb]) => [
      name,
      fc.sample(arb, { seed: SEED, numRuns: PER_ARBITRARY }).map(line),
    ]),
  );
  expect(samples).toMatchSnapshot();
});
