// Which checks can fail a target at all: the ones the gate must see failing on some deviation
// (verdicts/mutation-score.gate.test.ts) and the negative fixture sets on some recorded bad
// response (verdicts/recordings/negative-sets.gate.test.ts). A check citing only OBSERVE
// requirements reports and never fails; an UNFAILABLE check cannot fail without a second rule
// failing first.
import { REQUIREMENTS } from '../contract/index.js';
import { AUDIT_CHECK_NAME } from './wire-audit-check.js';

const CREATE = 'suites/create-connection/invalid-input.suite.ts > an input that breaks only';
const LIST = 'suites/list-connections/invalid-input.suite.ts > a ListConnections';

/**
 * Checks no deviation can fail without breaking a second rule, with the reason. The model states
 * some limits twice: a target that skips one still refuses through the other.
 */
export const UNFAILABLE: Readonly<Record<string, string>> = {
  [`${CREATE} shape.ConnectionName.length is rejected and creates nothing [CONN-INVALID-REJECTED shape.ConnectionName.length]`]:
    'the ConnectionName pattern {3,31} restates the length: every name of the wrong length also fails the pattern',
  [`${LIST} ConnectionName that breaks only shape.ConnectionName.length is rejected [CONN-INVALID-REJECTED shape.ConnectionName.length]`]:
    'the ConnectionName pattern {3,31} restates the length: every name of the wrong length also fails the pattern',
  [`${LIST} NextToken that breaks only shape.NextToken.length is rejected [CONN-INVALID-REJECTED shape.NextToken.length]`]:
    'a token of the wrong length was never issued: InvalidRequestException is the right answer either way',
};

const observeOnly = (ids: readonly string[]): boolean =>
  ids.every((id) => REQUIREMENTS.get(id as never)?.level === 'OBSERVE');

/**
 * A check as the proofs count it. A file's wire audit is one rule run over each file's
 * exchanges: seen failing in one file, it is seen failing, so every file's audit counts as one.
 */
export const proofId = (id: string): string =>
  id.endsWith(` > ${AUDIT_CHECK_NAME}`) ? `* > ${AUDIT_CHECK_NAME}` : id;

/**
 * The checks (of a faithful run) that can fail a target, as proofId names them, once each. A
 * check that cannot run on the kind of target the run had (no control interface, as in a replay
 * of fixtures) can fail none there.
 */
export function failableChecks(
  checks: readonly { id: string; requirements: string[]; notCoveredBecause?: string }[],
): string[] {
  const ids = checks
    .filter(
      (c) =>
        !observeOnly(c.requirements) && !(c.id in UNFAILABLE) && c.notCoveredBecause === undefined,
    )
    .map((c) => proofId(c.id));
  return [...new Set(ids)];
}
