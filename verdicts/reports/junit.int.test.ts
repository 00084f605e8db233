import { spawnSync } from 'node:child_process';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { HOSTILE, sampleReport } from '../../test-support/sample-report.js';
import type { ConformanceReport } from '../model.js';
import { visibleControls } from './escape.js';
import { renderJunit } from './junit.js';

interface Attrs {
  [k: `@_${string}`]: string;
}
interface Testcase extends Attrs {
  failure?: Attrs & { '#text': string };
  skipped?: Attrs;
  'system-out'?: string;
}
interface Testsuite extends Attrs {
  properties: { property: Attrs[] };
  testcase: Testcase[];
}
interface Junit {
  testsuites: Attrs & { testsuite: Testsuite[] };
}

function parse(xml: string): Junit {
  expect(XMLValidator.validate(xml)).toBe(true);
  return new XMLParser({
    ignoreAttributes: false,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    htmlEntities: true,
    isArray: (name) => ['testsuite', 'testcase', 'property'].includes(name),
  }).parse(xml) as Junit;
}

const cases = (j: Junit) => j.testsuites.testsuite.flatMap((s) => s.testcase);
const property = (s: Testsuite, name: string) =>
  s.properties.property.find((p) => p['@_name'] === name)?.['@_value'];

// XML 1.0's Char production, written independently of escape.ts.
const XML_CHARS = /^[\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]*$/u;

describe('renderJunit', () => {
  const report = sampleReport();
  const junit = parse(renderJunit(report));
  const { counts } = report.summary;

  test('one testsuite per test file, named after it', () => {
    const files = [...new Set(report.checks.map((c) => c.file))];
    expect(files.length).toBeGreaterThan(3);
    expect(junit.testsuites.testsuite.map((s) => s['@_name'])).toEqual(files);
  });

  test('one testcase per check, with the file as classname and the check name as name', () => {
    for (const s of junit.testsuites.testsuite) {
      expect(s.testcase.map((c) => [c['@_classname'], c['@_name']])).toEqual(
        report.checks.filter((c) => c.file === s['@_name']).map((c) => [c.file, c.name]),
      );
    }
    expect(junit.testsuites['@_tests']).toBe(String(report.checks.length));
  });

  test('failures are the checks that failed a requirement or passed one expected to fail', () => {
    const failures = cases(junit).filter((c) => c.failure);
    expect(failures.length).toBe(counts.fail + counts['unexpected-pass']);
    expect(failures.map((c) => c.failure!['@_type']).sort()).toEqual(
      [...Array<string>(counts.fail).fill('fail'), 'unexpected-pass'].sort(),
    );
    expect(junit.testsuites['@_failures']).toBe(String(failures.length));
    for (const s of junit.testsuites.testsuite) {
      expect(s['@_failures']).toBe(String(s.testcase.filter((c) => c.failure).length));
    }
  });

  test('skips are the skipped checks and the expected failures', () => {
    const skipped = cases(junit).filter((c) => c.skipped);
    expect(skipped.length).toBe(report.summary.checks.skip + counts['expected-fail']);
    expect(junit.testsuites['@_skipped']).toBe(String(skipped.length));
    const expected = skipped.find((c) => c.skipped!['@_message']?.startsWith('expected failure'));
    expect(expected?.['system-out']).toContain('expected HTTP 400, got 500');
  });

  test('a failure carries the error, what was sent and received, and the replay command', () => {
    const failed = report.checks.find(
      (c) =>
        c.state === 'fail' &&
        report.requirements.some((r) => r.failedChecks.includes(c.id) && r.outcome === 'fail'),
    )!;
    const tc = cases(junit).find((c) => c['@_name'] === failed.name)!;
    expect(tc.failure!['@_message']).toBe(failed.error!.split('\n')[0]);
    const body = tc.failure!['#text'];
    expect(body).toContain(failed.error);
    expect(body).toContain('sent CreateConnection');
    expect(body).toContain('x-amz-target: AppRunner.CreateConnection');
    expect(body).toContain('received HTTP 500');
    expect(body).toContain('<html><body>internal error');
    expect(body).toContain(`replay: ${failed.replay}`);
  });

  test('each testsuite names suite version, seed, target and spec sha256', () => {
    for (const s of junit.testsuites.testsuite) {
      expect(property(s, 'suite.version')).toBe(report.suite.version);
      expect(property(s, 'seed')).toBe(String(report.run.seed));
      expect(property(s, 'target')).toBe(report.target.label);
      expect(property(s, 'spec.sha256')).toBe(report.spec.model.sha256);
    }
  });

  test('a report without checks is still a valid, empty document', () => {
    const empty: ConformanceReport = { ...report, checks: [] };
    const parsed = parse(renderJunit(empty));
    expect(parsed.testsuites['@_tests']).toBe('0');
  });
});

describe('renderJunit with hostile text in names, errors, bodies and the target label', () => {
  const report = sampleReport({ hostile: true });
  const xml = renderJunit(report);
  const junit = parse(xml);
  const shown = visibleControls(HOSTILE);

  test('every character is one XML 1.0 allows', () => {
    expect(xml).toMatch(XML_CHARS);
    expect(xml).toContain('\u{1f600}'); // astral characters are kept, not escaped away
  });

  test('markup in the text stays text: no element or attribute is injected', () => {
    expect(cases(junit).length).toBe(report.checks.length);
    expect(xml).not.toMatch(/<img|<b>|onerror="/);
    expect(xml).not.toContain(']]>');
  });

  test('names, messages, bodies and properties read back as written, controls made visible', () => {
    const tc = cases(junit).find((c) => c.failure?.['@_type'] === 'fail')!;
    expect(tc['@_name']).toContain(shown);
    expect(tc.failure!['@_message']).toContain(shown.split('\n')[0]);
    expect(tc.failure!['#text']).toContain(shown);
    expect(property(junit.testsuites.testsuite[0]!, 'target')).toBe(`localstack ${shown}`);
  });

  const python = spawnSync('python3', ['--version']).status === 0;
  if (!python)
    process.stderr.write(
      'junit.int.test.ts: the expat check is SKIPPED, python3 is not runnable\n',
    );
  test.skipIf(!python)('a strict XML parser (Python expat) reads it (needs python3)', () => {
    const script =
      'import sys, json, xml.dom.minidom as m; d = m.parseString(sys.stdin.buffer.read()); ' +
      "t = d.getElementsByTagName; print(json.dumps([len(t('testcase')), len(t('failure')), " +
      "t('testcase')[0].getAttribute('name')]))";
    const r = spawnSync('python3', ['-c', script], { input: xml, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const [testcases, failures, firstName] = JSON.parse(r.stdout) as [number, number, string];
    expect(testcases).toBe(report.checks.length);
    expect(failures).toBe(report.summary.counts.fail + report.summary.counts['unexpected-pass']);
    expect(firstName).toBe(visibleControls(report.checks[0]!.name));
  });
});
