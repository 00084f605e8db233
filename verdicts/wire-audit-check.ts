// A test file's wire audit (harness/checks/wire-audit.ts) as one check of the file: it fails the
// requirements whose rule some exchange of the file broke, and shows those exchanges.
import { AUDITED } from '../harness/checks/wire-audit.js';
import type { WireAudit } from '../harness/checks/meta.js';
import type { CheckResult } from './model.js';

export const AUDIT_CHECK_NAME = `every answer the file received keeps the wire rules [${AUDITED.join(' ')}]`;

export function auditCheck(file: string, audit: WireAudit, replay: string): CheckResult {
  const broken = AUDITED.filter((id) => (audit.counts[id] ?? 0) > 0);
  const base = {
    id: `${file} > ${AUDIT_CHECK_NAME}`,
    file,
    name: AUDIT_CHECK_NAME,
    requirements: [...AUDITED],
    durationMs: 0,
  };
  if (broken.length === 0) return { ...base, state: 'pass' };
  const lines = broken.map((id) => {
    const first = audit.violations.filter((v) => v.requirement === id).map((v) => `  ${v.detail}`);
    return `${id}: ${audit.counts[id]} of ${audit.exchanges} exchanges, the first:\n${first.join('\n')}`;
  });
  return {
    ...base,
    state: 'fail',
    brokenRequirements: broken,
    error: `${lines.join('\n')} [breaks ${broken.join(', ')}]`,
    exchanges: audit.violations.map((v) => v.exchange).slice(0, 8),
    replay,
  };
}
