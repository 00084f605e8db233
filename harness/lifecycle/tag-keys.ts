// Tag keys chosen against a connection's current tags, so that sequences reach the cases that
// matter: a key it has, one it has not, and keys that are a prefix or an extension of one it has.
import { stringConstraint } from '../../contract/index.js';
import type { ModelConnection } from './model.js';

export interface KeyChoice<K extends string> {
  kind: K;
  /** Which of the connection's keys a related choice starts from. */
  pick: number;
  /** The key itself, for a key the connection has not. */
  key: string;
  value: string;
}

const KEY_MAX = stringConstraint('TagKey').maxLength;

/** The key a choice names on `c`, or undefined when it names none (no key to start from). */
export function relatedKey(
  choice: KeyChoice<'new' | 'absent' | 'overwrite' | 'present' | 'prefix' | 'extension'>,
  c: ModelConnection,
): string | undefined {
  const keys = [...c.tags.keys()];
  const from = keys[choice.pick % Math.max(1, keys.length)];
  if (choice.kind === 'new' || choice.kind === 'absent')
    return c.tags.has(choice.key) ? undefined : choice.key;
  if (from === undefined) return undefined;
  if (choice.kind === 'overwrite' || choice.kind === 'present') return from;
  const points = [...from];
  // A prefix of a key that does not start with aws: never does either, and is a valid key.
  const related =
    choice.kind === 'prefix'
      ? points.slice(0, -1).join('')
      : points.length < KEY_MAX
        ? `${from}x`
        : undefined;
  return related && !c.tags.has(related) ? related : undefined;
}
