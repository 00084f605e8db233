// Runs the reference emulator in the foreground on 127.0.0.1 until Ctrl-C (or SIGTERM).
//   npx tsx cli/emulator.ts --port 4567 [--quota 10] [--account-id 000000000000]
//     [--region us-east-1] [--deviation NAME] [--variant NAME ...] [--fault SPEC ...] [--list]
import { EXIT, parseFlags, runCommand, wholeNumberFlag } from './command.js';
import {
  DEFAULTS,
  DEVIATIONS,
  EmulatorOptionsError,
  VARIANTS,
  startEmulator,
  type FaultSpec,
} from '../emulator/index.js';
import { FAULT_FLAG_FORM, faultOfFlag } from './fault-flag.js';
import { autoHandshakeOfFlag } from './auto-handshake-flag.js';

const COMMAND = 'emulator';
// How often the parent is looked for: a stopped npm leaves the port served at most this long.
const PARENT_CHECK_MS = 250;

const HELP = `usage: ${COMMAND} [flags]
  --port N            TCP port on 127.0.0.1 (0 picks a free one; default 4567)
  --quota N           connections allowed per account and Region (default ${DEFAULTS.connectionQuota})
  --account-id ID     12-digit account id in ARNs (default ${DEFAULTS.accountId})
  --region NAME       Region for requests without a SigV4 scope (default ${DEFAULTS.defaultRegion})
  --deviation NAME    break one requirement on purpose (see --list)
  --variant NAME      use an allowed freedom; repeatable (see --list)
  --body-timeout-ms N how long headers, then the body, may take (default ${DEFAULTS.bodyTimeoutMs})
  --max-body-bytes N  largest request body (default ${DEFAULTS.maxBodyBytes})
  --max-tags-per-connection N  tags one connection may have (default ${DEFAULTS.maxTagsPerConnection})
  --max-connections N connections in all Regions together (default ${DEFAULTS.maxConnections})
  --max-total-tags N  tags of all connections together (default ${DEFAULTS.maxTags})
  --max-regions N     Regions that may hold connections (default ${DEFAULTS.maxRegions})
  --max-sockets N     open client sockets; more are closed at once (default ${DEFAULTS.maxSockets})
  --idle-timeout-ms N how long an idle keep-alive socket stays open (default ${DEFAULTS.idleTimeoutMs})
  --preexisting N     live connections each Region starts with, counted in the quota (default 0)
  --fault SPEC        schedule a fault from the start; repeatable. SPEC is
                      ${FAULT_FLAG_FORM}
  --auto-handshake STATUS[:MS]  every new connection becomes STATUS (AVAILABLE or ERROR)
                      MS milliseconds after it was created (default 0)
  --no-control        serve no control interface under /_emulator/ (handshakes, faults, reset)
  --list              print the deviations and variants and exit
Prints "listening http://127.0.0.1:PORT" once it accepts requests. Signatures are not verified.`;

const integerFlag = (name: string, value: string | undefined): number | undefined =>
  wholeNumberFlag(name, value, 0);

// parseArgs takes "--port -1" for a flag without its value ("argument is ambiguous"); a negative
// number is a bad value like any other and gets the same one line.
const NUMBER_FLAGS = [
  'port',
  'quota',
  'body-timeout-ms',
  'max-body-bytes',
  'max-tags-per-connection',
  'max-connections',
  'max-total-tags',
  'max-regions',
  'max-sockets',
  'idle-timeout-ms',
  'preexisting',
];

function rejectNegativeNumbers(argv: string[]): void {
  argv.forEach((arg, i) => {
    const next = argv[i + 1];
    if (NUMBER_FLAGS.some((f) => arg === `--${f}`) && next !== undefined && /^-\d/.test(next)) {
      integerFlag(arg.slice(2), next);
    }
  });
}

function listChanges(): string {
  const deviations = DEVIATIONS.map((d) => `  ${d.name}  (breaks ${d.breaks}) ${d.description}`);
  const variants = VARIANTS.map((v) => `  ${v.name}  ${v.description}`);
  return ['deviations:', ...deviations, 'variants:', ...variants, ''].join('\n');
}

/**
 * Resolves once the process that started this one is gone. `npm run emulator` in the background
 * passes a SIGTERM to its shell only, which exits and leaves its child serving the port; an
 * orphan's parent id changes, so the emulator stops then too.
 */
function parentGone(): Promise<string> {
  const parent = process.ppid;
  return new Promise((resolve) => {
    const timer = setInterval(() => {
      if (process.ppid === parent) return;
      clearInterval(timer);
      resolve('its parent process exited');
    }, PARENT_CHECK_MS);
    timer.unref();
  });
}

async function main(): Promise<number> {
  rejectNegativeNumbers(process.argv.slice(2));
  const { values } = parseFlags(COMMAND, {
    port: { type: 'string' },
    quota: { type: 'string' },
    'account-id': { type: 'string' },
    region: { type: 'string' },
    deviation: { type: 'string' },
    variant: { type: 'string', multiple: true },
    'body-timeout-ms': { type: 'string' },
    'max-body-bytes': { type: 'string' },
    'max-tags-per-connection': { type: 'string' },
    'max-connections': { type: 'string' },
    'max-total-tags': { type: 'string' },
    'max-regions': { type: 'string' },
    'max-sockets': { type: 'string' },
    'idle-timeout-ms': { type: 'string' },
    preexisting: { type: 'string' },
    fault: { type: 'string', multiple: true },
    'auto-handshake': { type: 'string' },
    'no-control': { type: 'boolean' },
    list: { type: 'boolean' },
    help: { type: 'boolean' },
  });
  if (values.help) return (void process.stdout.write(`${HELP}\n`), EXIT.ok);
  if (values.list) return (void process.stdout.write(listChanges()), EXIT.ok);
  const emulator = await startEmulator({
    port: integerFlag('port', values.port) ?? 4567,
    connectionQuota: integerFlag('quota', values.quota),
    accountId: values['account-id'],
    defaultRegion: values.region,
    deviation: values.deviation,
    variants: values.variant,
    bodyTimeoutMs: integerFlag('body-timeout-ms', values['body-timeout-ms']),
    maxBodyBytes: integerFlag('max-body-bytes', values['max-body-bytes']),
    maxTagsPerConnection: integerFlag('max-tags-per-connection', values['max-tags-per-connection']),
    maxConnections: integerFlag('max-connections', values['max-connections']),
    maxTags: integerFlag('max-total-tags', values['max-total-tags']),
    maxRegions: integerFlag('max-regions', values['max-regions']),
    maxSockets: integerFlag('max-sockets', values['max-sockets']),
    idleTimeoutMs: integerFlag('idle-timeout-ms', values['idle-timeout-ms']),
    preexistingConnections: integerFlag('preexisting', values.preexisting),
    control: !values['no-control'],
    autoHandshake: autoHandshakeOfFlag(values['auto-handshake']),
    faults: (values.fault ?? []).map(faultOfFlag) as unknown as FaultSpec[],
  });
  process.stdout.write(`listening ${emulator.url}\n`);
  const reason = await Promise.race([
    new Promise<string>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    }),
    parentGone(),
  ]);
  await emulator.close();
  process.stderr.write(`${COMMAND}: stopped (${reason})\n`);
  return EXIT.ok;
}

// A port in use is a user mistake like a bad flag: one line, exit 2.
class PortInUseError extends Error {}

await runCommand(
  COMMAND,
  () =>
    main().catch((e: unknown) => {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EADDRINUSE' || code === 'EACCES') {
        throw new PortInUseError(`cannot listen: ${(e as Error).message}`);
      }
      throw e;
    }),
  [EmulatorOptionsError, PortInUseError],
);
