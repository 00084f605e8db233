// The one command that replays a failed check of a conformance run: the run's target flags, its
// seed, the check's file and exact name and, for a property, the failing case's path.
import { shellQuote } from '../common/shell-quote.js';

export interface ReplayOf {
  /** The command line the run started from (target flags, without seed or filters). */
  base: string;
  seed: number;
  file: string;
  /** The check's exact name; none for what a whole file is judged on (its wire audit). */
  name?: string | undefined;
  /** A fast-check path: with the seed, it replays one property case. */
  path?: string | undefined;
}

export function replayCommand({ base, seed, file, name, path }: ReplayOf): string {
  return (
    `${base} --seed ${seed} --only ${shellQuote(file)}` +
    (name === undefined ? '' : ` --test ${shellQuote(name)}`) +
    (path ? ` --replay-path ${shellQuote(path)}` : '')
  );
}
