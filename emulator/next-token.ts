// ListConnections NextTokens: opaque, issued only by this emulator instance, and bound to the
// parameters of the call that issued them. A token carries a cursor (the seq of the last
// connection returned) and two HMACs under a per-instance key: one binds the cursor to the
// account, Region, ConnectionName and MaxResults of the call, the other proves the emulator issued
// the cursor and that binding MAC. So a token altered anywhere is forged, one reused with other
// parameters is told apart from it, and both are rejected.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

const VERSION = 1;
const CURSOR_BYTES = 6;
const MAC_BYTES = 16;
const TOKEN_BYTES = 1 + CURSOR_BYTES + 2 * MAC_BYTES;

export type Redeemed = { cursor: number } | { rejected: 'forged' | 'other-parameters' };

export class NextTokenCodec {
  readonly #key = randomBytes(32);

  #mac(label: string, cursor: Buffer, binding = ''): Buffer {
    return createHmac('sha256', this.#key)
      .update(label)
      .update(cursor)
      .update(binding)
      .digest()
      .subarray(0, MAC_BYTES);
  }

  issue(cursor: number, binding: string): string {
    const c = Buffer.alloc(CURSOR_BYTES);
    c.writeUIntBE(cursor, 0, CURSOR_BYTES);
    const params = this.#mac('params\0', c, binding);
    const token = Buffer.concat([
      Buffer.of(VERSION),
      c,
      this.#mac('issued\0', Buffer.concat([c, params])),
      params,
    ]);
    return token.toString('base64url');
  }

  redeem(token: string, binding: string): Redeemed {
    const raw = Buffer.from(token, 'base64url');
    // Node's decoder skips characters outside the alphabet: only the canonical form is ours.
    if (raw.length !== TOKEN_BYTES || raw[0] !== VERSION || raw.toString('base64url') !== token) {
      return { rejected: 'forged' };
    }
    const c = raw.subarray(1, 1 + CURSOR_BYTES);
    const issued = raw.subarray(1 + CURSOR_BYTES, 1 + CURSOR_BYTES + MAC_BYTES);
    const params = raw.subarray(1 + CURSOR_BYTES + MAC_BYTES);
    // The issued MAC covers the parameter MAC too: a token altered there is forged as well, not
    // one reused with other parameters.
    const genuine = this.#mac('issued\0', Buffer.concat([c, params]));
    if (!timingSafeEqual(issued, genuine)) return { rejected: 'forged' };
    if (!timingSafeEqual(params, this.#mac('params\0', c, binding))) {
      return { rejected: 'other-parameters' };
    }
    return { cursor: c.readUIntBE(0, CURSOR_BYTES) };
  }
}
