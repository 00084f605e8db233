// The outcomes in the order every report lists them (what needs attention first) and the words
// a reader sees for each.
import type { Outcome } from '../model.js';

const LABELS = {
  fail: 'fail',
  unverified: 'unverified',
  'unexpected-pass': 'unexpected pass',
  'expected-fail': 'expected failure',
  skipped: 'skipped',
  'not-covered': 'not covered',
  observed: 'observed',
  pass: 'pass',
} as const satisfies Record<Outcome, string>;

export const OUTCOMES = Object.keys(LABELS) as Outcome[];

export function outcomeLabel(outcome: Outcome): string {
  return LABELS[outcome];
}
