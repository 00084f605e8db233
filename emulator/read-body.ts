// Reads a request body within a size and a time limit. A body over the size limit is drained
// (not kept) until it ends, so the client can read the 413 instead of seeing a reset; a body that
// stalls is given up on when the time limit passes. Either way nothing unbounded is held.
// Callback-based (no promise per request): this runs for every request.
import type { IncomingMessage } from 'node:http';

export type BodyResult =
  | { kind: 'body'; bytes: Buffer }
  | { kind: 'too-large' }
  | { kind: 'timeout' }
  | { kind: 'aborted' };

const EMPTY = Buffer.alloc(0);

export function readBody(
  req: IncomingMessage,
  limits: { maxBodyBytes: number; bodyTimeoutMs: number },
  done: (result: BodyResult) => void,
): void {
  // Most bodies arrive in one chunk: keep it without copying.
  let first: Buffer | undefined;
  let more: Buffer[] | undefined;
  let size = 0;
  let tooLarge = Number(req.headers['content-length']) > limits.maxBodyBytes;
  let settled = false;
  const settle = (result: BodyResult) => {
    if (settled) return;
    settled = true;
    clearTimeout(timer);
    done(result);
  };
  const timer = setTimeout(() => {
    settle({ kind: tooLarge ? 'too-large' : 'timeout' });
  }, limits.bodyTimeoutMs);
  req.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > limits.maxBodyBytes) tooLarge = true;
    if (tooLarge) first = more = undefined;
    else if (first === undefined) first = chunk;
    else (more ??= [first]).push(chunk);
  });
  req.on('end', () => {
    if (tooLarge) return settle({ kind: 'too-large' });
    settle({ kind: 'body', bytes: more ? Buffer.concat(more, size) : (first ?? EMPTY) });
  });
  // A client that goes away mid-body gets no answer; the server just forgets the request.
  req.on('error', () => settle({ kind: 'aborted' }));
  req.on('close', () => settle({ kind: 'aborted' }));
}
