// NextTokens: accepted only as issued, by the instance that issued them, with the same binding.
import { describe, expect, it } from 'vitest';
import { NextTokenCodec } from './next-token.js';

describe('NextTokenCodec', () => {
  const codec = new NextTokenCodec();
  const token = codec.issue(42, 'params-a');

  it('redeems its own token with the same parameters', () => {
    expect(codec.redeem(token, 'params-a')).toEqual({ cursor: 42 });
  });

  it('tells a token reused with other parameters from a forged one', () => {
    expect(codec.redeem(token, 'params-b')).toEqual({ rejected: 'other-parameters' });
    expect(new NextTokenCodec().redeem(token, 'params-a')).toEqual({ rejected: 'forged' });
  });

  it('rejects every altered token as forged', () => {
    const flipped = token.slice(0, 5) + (token[5] === 'A' ? 'B' : 'A') + token.slice(6);
    for (const forged of [
      flipped,
      `${token}A`,
      `${token}!`,
      token.slice(1),
      'x',
      '',
      'bm90IGEgdG9rZW4',
    ]) {
      expect(codec.redeem(forged, 'params-a')).toEqual({ rejected: 'forged' });
    }
  });

  it('rejects a token altered in its parameter binding as forged, not as reused', () => {
    const last = token.at(-1) === 'A' ? 'B' : 'A';
    expect(codec.redeem(token.slice(0, -1) + last, 'params-a')).toEqual({ rejected: 'forged' });
    expect(codec.redeem(token.slice(0, -1) + last, 'params-b')).toEqual({ rejected: 'forged' });
  });

  it('rejects a token whose cursor was moved, even when it is otherwise well-formed', () => {
    const bytes = Buffer.from(codec.issue(7, 'p'), 'base64url');
    bytes[6] = 8; // the last byte of the cursor
    expect(codec.redeem(bytes.toString('base64url'), 'p')).toEqual({ rejected: 'forged' });
  });
});
