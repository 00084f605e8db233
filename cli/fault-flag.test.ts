import { describe, expect, it } from 'vitest';
import { UsageError } from './command.js';
import { faultOfFlag } from './fault-flag.js';

describe('--fault', () => {
  it.each([
    ['CreateConnection:error', { operation: 'CreateConnection', kind: 'error' }],
    [
      'TagResource:error=InvalidStateException:count=2',
      { operation: 'TagResource', kind: 'error', error: 'InvalidStateException', count: 2 },
    ],
    ['*:throttling:fraction=0.25', { operation: '*', kind: 'throttling', fraction: 0.25 }],
    [
      'ListConnections:delay=500:match.ConnectionName=x',
      { operation: 'ListConnections', kind: 'delay', delayMs: 500, match: { ConnectionName: 'x' } },
    ],
  ])('%s is read as a fault spec', (flag, spec) => {
    expect(faultOfFlag(flag)).toEqual(spec);
  });

  it('keeps a value that is not a number as typed, for the error to quote', () => {
    expect(faultOfFlag('CreateConnection:error:count=x').count).toBe('x');
  });

  it.each(['CreateConnection', 'ListConnections:drop=5', 'ListConnections:drop:times=3'])(
    '%s is a usage error',
    (flag) => {
      expect(() => faultOfFlag(flag)).toThrow(UsageError);
    },
  );
});
