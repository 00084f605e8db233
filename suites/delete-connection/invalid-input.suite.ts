// Requests whose resource ARN breaks a constraint are rejected, for every operation taking one.
import { invalidConnectionArn } from '../../generators/index.js';
import { invalidConnectionArnCases } from '../../generators/invalid-connection-arn.js';
import { checkProperty } from '../../harness/checks/check.js';
import { rawOperation } from '../../harness/checks/raw.js';
import { assertRejected } from '../../harness/checks/rejection.js';
import { reserveConnections } from '../../harness/checks/connections.js';

// Creates nothing: runs beside files that do.
reserveConnections(0);

const OPERATIONS: [string, string, Record<string, unknown>][] = [
  ['DeleteConnection', 'ConnectionArn', {}],
  ['TagResource', 'ResourceArn', { Tags: [{ Key: 'k', Value: 'v' }] }],
  ['UntagResource', 'ResourceArn', { TagKeys: ['k'] }],
  ['ListTagsForResource', 'ResourceArn', {}],
];

const requirements = [...new Set(invalidConnectionArnCases().map((c) => c.breaks))];

for (const [operation, member, rest] of OPERATIONS) {
  for (const requirement of requirements) {
    checkProperty(
      ['CONN-INVALID-REJECTED', requirement],
      `a ${operation} ${member} that breaks only ${requirement} is rejected`,
      () => invalidConnectionArn({ breaks: [requirement] }),
      async (invalid) => {
        const res = await rawOperation(operation, { ...rest, [member]: invalid.value });
        assertRejected(res, { ...invalid, path: `/${member}${invalid.path}` });
      },
      { independentCases: true },
    );
  }
}
