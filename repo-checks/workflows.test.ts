// The example workflows are parsed and validated with GitHub's own workflow parser, and the
// commands they run must exist in package.json.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  NoOperationTraceWriter,
  parseWorkflow,
  convertWorkflowTemplate,
} from '@actions/workflow-parser';
import { describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../common/project-root.js';
import pkg from '../package.json' with { type: 'json' };

const dir = join(PROJECT_ROOT, '.github/workflows');
const files = readdirSync(dir).filter((f) => f.endsWith('.yml'));

test('there are example workflows', () => {
  expect(files.length).toBeGreaterThanOrEqual(1);
});

describe.each(files)('%s', (file) => {
  const content = readFileSync(join(dir, file), 'utf8');

  test('parses and validates with no errors', async () => {
    const parsed = parseWorkflow({ name: file, content }, new NoOperationTraceWriter());
    expect(parsed.context.errors.getErrors().map((e) => e.message)).toEqual([]);
    expect(parsed.value).toBeDefined();
    const template = await convertWorkflowTemplate(parsed.context, parsed.value!);
    expect(template.errors ?? []).toEqual([]);
    expect(template.jobs.length).toBeGreaterThan(0);
  });

  test('every npm run script it calls exists', () => {
    const scripts = [...content.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]);
    for (const s of scripts) expect(Object.keys(pkg.scripts), s).toContain(s);
  });
});

test('the validator rejects a broken workflow', () => {
  const parsed = parseWorkflow(
    {
      name: 'broken.yml',
      content: 'on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    stepz: []\n',
    },
    new NoOperationTraceWriter(),
  );
  expect(parsed.context.errors.getErrors().length).toBeGreaterThan(0);
});
