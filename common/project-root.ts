// The project's root directory, for the few modules that name files by path (suites, spec/,
// fixtures/) or start commands in it. One definition, so a module that moves keeps the right root.
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));
