// The suite's own version, from package.json: reports name it so a verdict can be tied to the
// checks that produced it.
import pkg from '../package.json' with { type: 'json' };

export const SUITE_NAME = pkg.name;
export const SUITE_VERSION = pkg.version;
