import { expect, test } from 'vitest';
import behaviour from '../spec/requirements.json' with { type: 'json' };
import { sampleReport } from '../test-support/sample-report.js';
import { proposeCatalogue } from './propose-catalogue.js';

test('observed OBSERVE requirements become observed, with the run in their source; nothing else changes', () => {
  const report = sampleReport();
  const observed = report.requirements.find((r) => r.level === 'OBSERVE');
  if (!observed) throw new Error('the sample report has no OBSERVE requirement');
  observed.outcome = 'observed';
  observed.observations = [{ status: 402 }];
  report.live = {
    runId: 'cfm-1a2b',
    calls: 1,
    retried: { throttling: 0, transient: 0 },
    cleanup: { deleted: 0, failed: 0 },
  };
  const { catalogue, proposals } = proposeCatalogue(behaviour, report);
  expect(proposals.map((p) => p.id)).toContain(observed.id);
  const entry = catalogue.requirements.find((r) => r.id === observed.id);
  expect(entry).toMatchObject({ confidence: 'observed', level: 'OBSERVE' });
  expect(entry?.source).toContain('cfm-1a2b');
  expect(entry?.source).toContain('402');
  const untouched = catalogue.requirements.filter((r) => !proposals.some((p) => p.id === r.id));
  expect(untouched).toEqual(
    behaviour.requirements.filter((r) => !proposals.some((p) => p.id === r.id)),
  );
});
