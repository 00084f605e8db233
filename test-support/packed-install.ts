// Packs the project as `npm publish` would and installs the tarball into an empty project, as a
// user would, but offline: the consumer's lock file is cut from the project's own (the packages the
// tarball and the consumer's few dev tools need, at the versions `npm ci` put in the npm cache),
// so `npm ci --offline` resolves nothing and downloads nothing.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../common/project-root.js';

interface LockEntry {
  version?: string;
  resolved?: string;
  integrity?: string;
  dev?: boolean;
  devOptional?: boolean;
  peer?: boolean;
  optional?: boolean;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  [key: string]: unknown;
}

interface Lock {
  packages: Record<string, LockEntry>;
}

export interface PackedInstall {
  /** The consumer project's directory. */
  dir: string;
  /** The tarball `npm pack` wrote. */
  tarball: string;
  /** What `npm pack --json` said about it: size, unpacked size, file list. */
  pack: { size: number; unpackedSize: number; entryCount: number; files: { path: string }[] };
  /** The installed package's directory. */
  installed: string;
}

/** Where Node would find `name` from the package at `from` (a lock key, '' for the root). */
function resolveIn(packages: Lock['packages'], from: string, name: string): string | undefined {
  for (let base = from; ; base = base.replace(/\/?node_modules\/(@[^/]+\/)?[^/]+$/, '')) {
    const key = `${base ? `${base}/` : ''}node_modules/${name}`;
    if (packages[key]) return key;
    if (base === '') return undefined;
  }
}

/** The entries of `lock` that `roots` need, and what they need, as Node resolves them. */
function closure(lock: Lock, roots: string[]): Record<string, LockEntry> {
  const out: Record<string, LockEntry> = {};
  const queue: [string, string, boolean][] = roots.map((r) => ['', r, false]);
  for (let item = queue.shift(); item; item = queue.shift()) {
    const [from, name, optional] = item;
    const key = resolveIn(lock.packages, from, name);
    if (!key) {
      if (optional) continue;
      throw new Error(`${name} (needed by ${from || 'the consumer'}) is not in package-lock.json`);
    }
    if (out[key]) continue;
    const entry = { ...lock.packages[key] };
    // The consumer's own view of what is dev and what is not is npm's to work out.
    delete entry.dev;
    delete entry.devOptional;
    delete entry.peer;
    out[key] = entry;
    for (const dep of Object.keys(entry.dependencies ?? {})) queue.push([key, dep, false]);
    for (const dep of Object.keys(entry.optionalDependencies ?? {})) queue.push([key, dep, true]);
    for (const dep of Object.keys(entry.peerDependencies ?? {}))
      queue.push([key, dep, entry.peerDependenciesMeta?.[dep]?.optional === true]);
  }
  return out;
}

/**
 * Packs the project (its prepack script builds dist/ first) and installs the tarball, with
 * `devDependencies` (names the project's lock file holds) into a new temporary project.
 */
export function packAndInstall(devDependencies: string[]): PackedInstall {
  const dir = mkdtempSync(join(tmpdir(), 'consumer-'));
  const packJson = execFileSync(
    'npm',
    ['pack', '--json', '--pack-destination', dir, '--loglevel', 'error'],
    // Its build's output is kept back: a failure's message carries it.
    { cwd: PROJECT_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const [pack] = JSON.parse(packJson) as (PackedInstall['pack'] & { filename: string })[];
  if (!pack) throw new Error('npm pack reported no tarball');
  const tarball = join(dir, pack.filename);
  const app = join(dir, 'app');
  const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
    name: string;
    version: string;
    dependencies: Record<string, string>;
    devDependencies: Record<string, string>;
    bin: Record<string, string>;
    engines: Record<string, string>;
  };
  const projectLock = JSON.parse(
    readFileSync(join(PROJECT_ROOT, 'package-lock.json'), 'utf8'),
  ) as Lock;
  const spec = `file:../${pack.filename}`;
  const devSpecs = Object.fromEntries(
    devDependencies.map((d) => [d, pkg.devDependencies[d] ?? pkg.dependencies[d] ?? '*']),
  );
  const manifest = {
    name: 'consumer',
    private: true,
    type: 'module',
    dependencies: { [pkg.name]: spec },
    devDependencies: devSpecs,
  };
  const integrity = `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`;
  const lock = {
    name: 'consumer',
    lockfileVersion: 3,
    requires: true,
    packages: {
      '': { name: 'consumer', dependencies: manifest.dependencies, devDependencies: devSpecs },
      [`node_modules/${pkg.name}`]: {
        version: pkg.version,
        resolved: spec,
        integrity,
        dependencies: pkg.dependencies,
        bin: pkg.bin,
        engines: pkg.engines,
      },
      ...closure(projectLock, [...Object.keys(pkg.dependencies), ...devDependencies]),
    },
  };
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  writeFileSync(join(app, 'package-lock.json'), `${JSON.stringify(lock, null, 2)}\n`);
  execFileSync('npm', ['ci', '--offline', '--no-audit', '--no-fund', '--loglevel', 'error'], {
    cwd: app,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return { dir: app, tarball, pack, installed: join(app, 'node_modules', pkg.name) };
}
