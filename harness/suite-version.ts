// The suite's own version, from package.json: reports name it so a verdict can be tied to the
// checks that produced it. Read at run time rather than imported, so that the build does not copy
// package.json into dist/ (a second package.json there would make dist/ a package of its own):
// the nearest package.json above this file is the project's, in a checkout and in dist/ alike.
import { existsSync, readFileSync } from 'node:fs';

function nearestPackageJson(): { name: string; version: string } {
  let dir = new URL('.', import.meta.url);
  while (!existsSync(new URL('package.json', dir))) {
    const parent = new URL('..', dir);
    if (parent.href === dir.href) throw new Error(`no package.json above ${import.meta.url}`);
    dir = parent;
  }
  return JSON.parse(readFileSync(new URL('package.json', dir), 'utf8')) as {
    name: string;
    version: string;
  };
}

const pkg = nearestPackageJson();

/** The package's name, as reports give it (`suite.name`). */
export const SUITE_NAME = pkg.name;
/** The package's version, as reports give it (`suite.version`). */
export const SUITE_VERSION = pkg.version;
