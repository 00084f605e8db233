// TagResource and UntagResource with one invalid tag or key are rejected and change nothing: the
// invalid tag comes after a valid one, so a target that applies tags one by one shows it.
import {
  ListTagsForResourceCommand,
  type ListTagsForResourceCommandOutput,
} from '@aws-sdk/client-apprunner';
import type fc from 'fast-check';
import { invalidTagKey, invalidTagValue, type Invalid } from '../../generators/index.js';
import { invalidTagKeyCases } from '../../generators/invalid-tag-key.js';
import { invalidTagValueCases } from '../../generators/invalid-tag-value.js';
import { checkProperty, type CheckContext } from '../../harness/checks/check.js';
import { createConnection } from '../../harness/checks/connections.js';
import { RequirementFailure } from '../../harness/checks/meta.js';
import { rawOperation } from '../../harness/checks/raw.js';
import { sharedRead } from '../../harness/checks/shared-read.js';
import { assertRejected } from '../../harness/checks/rejection.js';
import { sameTags } from '../../harness/checks/tags.js';

const ORIGINAL = [{ Key: 'keep', Value: 'original' }];

/**
 * The cases in flight at once share the read of the file's one connection's tags that starts after
 * their refusal.
 */
let sharedTags: (() => Promise<ListTagsForResourceCommandOutput>) | undefined;

/** The connection's tags must still be exactly ORIGINAL after a rejected request. */
async function assertUnchanged(c: CheckContext, arn: string, invalid: Invalid): Promise<void> {
  sharedTags ??= sharedRead(() =>
    c.client.send(new ListTagsForResourceCommand({ ResourceArn: arn })),
  );
  const out = await sharedTags();
  if (!sameTags(out.Tags ?? [], ORIGINAL)) {
    throw new RequirementFailure(
      ['CONN-INVALID-REJECTED'],
      `${invalid.reason}: the rejected request changed the tags to ${JSON.stringify(out.Tags)}`,
    );
  }
}

/** One connection for the whole file, made on first use: holding one per property would press on a quota of 10. */
let shared: Promise<string> | undefined;
const connection = (): Promise<string> =>
  (shared ??= createConnection({ Tags: ORIGINAL }).then((c) => c.ConnectionArn ?? ''));

const TAG_PARTS: [
  string,
  (o: { breaks: string[] }) => fc.Arbitrary<Invalid>,
  { breaks: string }[],
  (v: unknown) => unknown,
][] = [
  ['Key', invalidTagKey, invalidTagKeyCases(), (v) => ({ Key: v, Value: 'v' })],
  ['Value', invalidTagValue, invalidTagValueCases(), (v) => ({ Key: 'added', Value: v })],
];

for (const [part, arbitrary, cases, tagWith] of TAG_PARTS) {
  for (const requirement of new Set(cases.map((c) => c.breaks))) {
    checkProperty(
      ['CONN-INVALID-REJECTED', requirement as never],
      `a TagResource tag ${part} that breaks only ${requirement} is rejected and changes nothing`,
      () => arbitrary({ breaks: [requirement] }),
      async (invalid, c) => {
        const arn = await connection();
        const res = await rawOperation('TagResource', {
          ResourceArn: arn,
          Tags: [{ Key: 'keep', Value: 'changed' }, tagWith(invalid.value)],
        });
        assertRejected(res, { ...invalid, path: `/Tags/1/${part}${invalid.path}` });
        await assertUnchanged(c, arn, invalid);
      },
      // Every case is refused and leaves the shared connection's tags as they were.
      { independentCases: true },
    );
  }
}

for (const requirement of new Set(invalidTagKeyCases().map((c) => c.breaks))) {
  checkProperty(
    ['CONN-INVALID-REJECTED', requirement],
    `an UntagResource key that breaks only ${requirement} is rejected and changes nothing`,
    () => invalidTagKey({ breaks: [requirement] }),
    async (invalid, c) => {
      const arn = await connection();
      const res = await rawOperation('UntagResource', {
        ResourceArn: arn,
        TagKeys: ['keep', invalid.value],
      });
      assertRejected(res, { ...invalid, path: `/TagKeys/1${invalid.path}` });
      await assertUnchanged(c, arn, invalid);
    },
    { independentCases: true },
  );
}
