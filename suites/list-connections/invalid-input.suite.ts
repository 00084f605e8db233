// ListConnections requests with one invalid member are rejected: one property per constraint.
import type fc from 'fast-check';
import {
  invalidConnectionName,
  invalidMaxResults,
  invalidNextToken,
  type Invalid,
} from '../../generators/index.js';
import { invalidConnectionNameCases } from '../../generators/invalid-connection-name.js';
import { invalidMaxResultsCases } from '../../generators/invalid-max-results.js';
import { invalidNextTokenCases } from '../../generators/invalid-next-token.js';
import { checkProperty } from '../../harness/checks/check.js';
import { rawOperation } from '../../harness/checks/raw.js';
import { assertRejected } from '../../harness/checks/rejection.js';
import { reserveConnections } from '../../harness/checks/connections.js';

// Creates nothing: runs beside files that do.
reserveConnections(0);

const MEMBERS: [
  string,
  (o: { breaks: string[] }) => fc.Arbitrary<Invalid>,
  { breaks: string }[],
][] = [
  ['ConnectionName', invalidConnectionName, invalidConnectionNameCases()],
  ['MaxResults', invalidMaxResults, invalidMaxResultsCases()],
  ['NextToken', invalidNextToken, invalidNextTokenCases()],
];

for (const [member, arbitrary, cases] of MEMBERS) {
  for (const requirement of new Set(cases.map((c) => c.breaks))) {
    checkProperty(
      ['CONN-INVALID-REJECTED', requirement as never],
      `a ListConnections ${member} that breaks only ${requirement} is rejected`,
      () => arbitrary({ breaks: [requirement] }),
      async (invalid) => {
        const res = await rawOperation('ListConnections', { [member]: invalid.value });
        assertRejected(res, { ...invalid, path: `/${member}${invalid.path}` });
      },
      { independentCases: true },
    );
  }
}
