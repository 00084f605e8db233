// The package as a user gets it: packed (which builds dist/), installed into an empty project,
// its bin run through npx, every entry imported from plain Node, and a TypeScript consumer
// type-checked against the shipped declarations. Nothing here reads the sources.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import pkg from '../package.json' with { type: 'json' };
import { packAndInstall, type PackedInstall } from '../test-support/packed-install.js';

let packed: PackedInstall;

/** Runs `command` in the consumer project, without the variable the test runner sets for itself. */
function inConsumer(command: string, args: string[], extraEnv: NodeJS.ProcessEnv = {}) {
  const env = { ...process.env };
  // The package must keep its own output clean, whatever the caller's environment.
  delete env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED;
  delete env.NODE_OPTIONS;
  Object.assign(env, extraEnv);
  const r = spawnSync(command, args, { cwd: packed.dir, env, encoding: 'utf8', timeout: 180_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const ENTRIES = Object.keys(pkg.exports)
  .filter((e) => e !== './package.json')
  .map((e) => (e === '.' ? pkg.name : `${pkg.name}/${e.slice(2)}`));

// Plain Node, no loader: each entry loads, every export is defined, and one symbol of each works
// (the emulator answers the SDK, as a user's tests would drive it).
const PLAIN_NODE = `
import fc from 'fast-check';
import { AppRunnerClient, CreateConnectionCommand } from '@aws-sdk/client-apprunner';
const entries = ${JSON.stringify(ENTRIES)};
const loaded = {};
for (const e of entries) loaded[e] = await import(e);
const [root, generators, contract, emulator] = entries.map((e) => loaded[e]);
const undefinedExports = entries.flatMap((e) =>
  Object.entries(loaded[e]).filter(([, v]) => v === undefined).map(([k]) => e + ':' + k));
const emptyViolations = root.violations('CreateConnectionRequest', {});
const names = fc.sample(generators.connectionName({ prefix: 'pkg-' }), 50);
const invalidNames = names.filter((n) =>
  !contract.isValid('CreateConnectionRequest', { ConnectionName: n, ProviderType: 'GITHUB' }));
const running = await emulator.startEmulator({ accountId: '123456789012' });
const client = new AppRunnerClient({
  endpoint: running.url,
  region: 'us-east-1',
  credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'not-a-secret' },
});
const created = await client.send(
  new CreateConnectionCommand({ ConnectionName: names[0], ProviderType: 'GITHUB' }),
);
await running.close();
console.log(JSON.stringify({
  exportCounts: entries.map((e) => Object.keys(loaded[e]).length),
  undefinedExports,
  emptyRequirements: emptyViolations.map((v) => v.requirement),
  names: names.length,
  invalidNames,
  status: created.$metadata.httpStatusCode,
  arn: created.Connection?.ConnectionArn,
}));
`;

// Type-checked, never run: the declarations give real types, not any (each @ts-expect-error must
// meet an error, or tsc fails).
const TYPESCRIPT_CONSUMER = `
import fc from 'fast-check';
import { violations, type Violation } from '${pkg.name}';
import { isValid, REQUIREMENTS, type ConnectionName, type RequirementId } from '${pkg.name}/contract';
import { connectionName, createConnectionInput } from '${pkg.name}/generators';
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '${pkg.name}/emulator';

export const names: ConnectionName[] = fc.sample(connectionName({ prefix: 'app-' }), 3);
export const inputs = fc.sample(createConnectionInput(), 1);
export const found: Violation[] = violations('CreateConnectionRequest', inputs[0]);
export const ok: boolean = isValid('CreateConnectionRequest', { ConnectionName: names[0] });
export const id: RequirementId = 'CONN-QUOTA';
export const statements: string[] = [...REQUIREMENTS.values()].map((r) => r.statement);
const options: EmulatorOptions = { accountId: '123456789012', connectionQuota: 3 };
export const running: Promise<RunningEmulator> = startEmulator(options);
// @ts-expect-error: not one of the contract's schemas
isValid('NoSuchRequest', {});
// @ts-expect-error: not a requirement id
export const wrong: RequirementId = 'NO-SUCH-REQUIREMENT';
// @ts-expect-error: the port is a number
startEmulator({ port: '4567' });
`;

const TSCONFIG = {
  compilerOptions: {
    target: 'ES2023',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    strict: true,
    noEmit: true,
    types: ['node'],
    // The package's declarations are checked too, not only their use here.
    skipLibCheck: false,
  },
  files: ['consumer.ts'],
};

// Each step starts Node, npx or tsc on a whole dependency tree: a loaded machine takes its time.
describe('the packed package, installed into an empty project', { timeout: 180_000 }, () => {
  beforeAll(() => {
    process.stderr.write('package: packing (builds dist/) and installing offline ...\n');
    const started = Date.now();
    packed = packAndInstall([
      'typescript',
      '@types/node',
      'fast-check',
      '@aws-sdk/client-apprunner',
    ]);
    process.stderr.write(`package: installed in ${Math.round((Date.now() - started) / 1000)} s\n`);
  }, 300_000);

  // The tarball and the consumer's node_modules: over a hundred megabytes a run.
  afterAll(() => {
    if (packed) rmSync(dirname(packed.dir), { recursive: true, force: true });
  });

  test('ships compiled code, declarations and maps, but no tests, benchmarks or sources', () => {
    const paths = packed.pack.files.map((f) => f.path);
    expect(paths).toContain('dist/cli/bin.js');
    expect(paths).toContain('dist/index.d.ts');
    expect(paths).toContain('dist/index.js.map');
    const unwanted = paths.filter(
      (p) =>
        /\.test\.ts$|(^|\/)(bench|test-support|repo-checks|derive)\//.test(p) ||
        // TypeScript sources only for the suites, which vitest runs (cli/build.ts says why).
        (/\.ts$/.test(p) && !/\.d\.ts$/.test(p) && !p.startsWith('dist/suites/')),
    );
    expect(unwanted).toEqual([]);
  });

  test('npx <bin> --help prints the usage and exits 0', () => {
    const r = inConsumer('npx', ['--offline', '--no-install', pkg.name, '--help']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^usage: /);
  });

  test('npx <bin> runs the gate on the embedded emulator: PASS, exit 0, nothing on stderr', () => {
    const r = inConsumer('npx', ['--offline', '--no-install', pkg.name, '--runs', '3']);
    process.stderr.write(`package: conformance run ${r.stdout.split('\n').at(-3) ?? ''}\n`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^Verdict: PASS for emulator$/m);
    expect(r.stdout).toMatch(/^Checks: \d+ passed, 0 failed, 0 skipped/m);
    expect(r.status).toBe(0);
  });

  test('an unknown flag is one line on stderr and exit 2', () => {
    const r = inConsumer('npx', ['--offline', '--no-install', pkg.name, '--no-such-flag']);
    expect(r.status).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  test('plain Node imports every entry and uses one symbol of each', () => {
    writeFileSync(join(packed.dir, 'consumer.mjs'), PLAIN_NODE);
    // The consumer's own SDK client would print the SDK's notice about Node 20 (a user's choice
    // to silence, docs/decisions/0006-node-versions.md); the package itself must print nothing.
    const r = inConsumer(process.execPath, ['consumer.mjs'], {
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(out.exportCounts).toEqual(ENTRIES.map(() => expect.any(Number) as number));
    for (const n of out.exportCounts as number[]) expect(n).toBeGreaterThan(5);
    expect(out.undefinedExports).toEqual([]);
    expect(out.emptyRequirements).toContain('shape.CreateConnectionRequest.required');
    expect(out.names).toBe(50);
    expect(out.invalidNames).toEqual([]);
    expect(out.status).toBe(200);
    expect(out.arn).toMatch(/^arn:aws:apprunner:us-east-1:123456789012:connection\/pkg-/);
  });

  test('a TypeScript consumer type-checks against the shipped declarations', () => {
    writeFileSync(join(packed.dir, 'consumer.ts'), TYPESCRIPT_CONSUMER);
    writeFileSync(join(packed.dir, 'tsconfig.json'), JSON.stringify(TSCONFIG, null, 2));
    const tsc = join(packed.dir, 'node_modules', 'typescript', 'bin', 'tsc');
    const r = inConsumer(process.execPath, [tsc, '-p', 'tsconfig.json']);
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  test('the installed package has no package.json but its own (dist/ is no package)', () => {
    const manifest = JSON.parse(readFileSync(join(packed.installed, 'package.json'), 'utf8')) as {
      name: string;
    };
    expect(manifest.name).toBe(pkg.name);
    expect(packed.pack.files.filter((f) => f.path.endsWith('package.json'))).toEqual([
      {
        path: 'package.json',
        size: expect.any(Number) as number,
        mode: expect.any(Number) as number,
      },
    ]);
  });
});
