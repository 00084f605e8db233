// Every value of every valid arbitrary passes the generated validator of each message it can
// travel in.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { violations } from '../contract/index.js';
import {
  connectionArn,
  connectionName,
  createConnectionInput,
  maxResults,
  nextToken,
  providerType,
  tag,
  tagKey,
  tags,
  tagValue,
} from './index.js';
import { assertProperty } from '../test-support/generators/property.js';
import { PLACEMENTS, type Placement } from '../test-support/generators/placements.js';

const P = PLACEMENTS;
const cases: [string, fc.Arbitrary<unknown>, Placement[]][] = [
  ['connectionName', connectionName(), [P.connectionName, P.listFilterName]],
  ['connectionName with a prefix', connectionName({ prefix: 'cf-7a3e' }), [P.connectionName]],
  ['providerType', providerType(), [P.providerType]],
  ['tagKey', tagKey(), [P.tagKey, P.untagKey]],
  ['tagValue', tagValue(), [P.tagValue]],
  ['tag', tag().map((t) => [t]), [P.tags]],
  ['tags', tags(), [P.tags]],
  ['createConnectionInput', createConnectionInput(), [P.createConnectionInput]],
  [
    'createConnectionInput with a name prefix',
    createConnectionInput({ namePrefix: 'cf-7a3e' }),
    [P.createConnectionInput],
  ],
  ['connectionArn', connectionArn(), [P.connectionArn, P.resourceArn]],
  ['maxResults', maxResults(), [P.maxResults]],
  ['nextToken', nextToken(), [P.nextToken]],
];

describe('valid arbitraries', () => {
  for (const [name, arbitrary, placements] of cases) {
    for (const p of placements) {
      it(`every ${name} value passes ${p.schema} at ${p.at || 'the top'}`, () => {
        assertProperty(
          fc.property(arbitrary, (v) => {
            expect(violations(p.schema, p.message(v))).toEqual([]);
          }),
        );
      });
    }
  }

  it('the fixed parts of the placements are valid on their own', () => {
    expect(violations('TagResourceRequest', P.tags.message([]))).toEqual([]);
    expect(violations('CreateConnectionRequest', P.providerType.message('GITHUB'))).toEqual([]);
  });
});
