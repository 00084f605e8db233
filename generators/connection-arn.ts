// Well-formed connection ARNs of connections that do not exist: the layout CONN-ARN-FORMAT states,
// a valid connection name, and a fresh id of 32 lower-case hex digits (the form of published
// examples, which is inferred, not documented). Pass the target's region and account: an ARN in
// another region or account may fairly get an error other than ResourceNotFoundException.
import fc from 'fast-check';
import { connectionName } from './connection-name.js';
import { arnForm, connectionArnOf } from './internal/arn-form.js';

/** Options of {@link connectionArn}: fix any part of the ARN. */
export interface ConnectionArnOptions {
  /** Default 'aws'. */
  partition?: string;
  /** Default: a region-shaped name such as 'us-east-1'. */
  region?: string;
  /** Default: random digits of the length the ARN pattern requires. */
  account?: string;
}

const ID_HEX_DIGITS = 32;

// Region names in the usual shape; test data, the model only bounds the characters.
const regionName = fc
  .tuple(
    fc.constantFrom('us', 'eu', 'ap', 'ca', 'sa', 'me', 'af', 'il'),
    fc.constantFrom('east', 'west', 'north', 'south', 'central', 'northeast', 'southeast'),
    fc.integer({ min: 1, max: 3 }),
  )
  .map(([area, direction, n]) => `${area}-${direction}-${n}`);

const digit = fc.integer({ min: 0, max: 9 }).map(String);
const hexDigit = fc.integer({ min: 0, max: 15 }).map((n) => n.toString(16));

/** Well-formed connection ARNs (arn:partition:apprunner:region:account:connection/name/id), of connections that need not exist. */
export function connectionArn(options: ConnectionArnOptions = {}): fc.Arbitrary<string> {
  const form = arnForm();
  const partition = options.partition ?? 'aws';
  const account =
    options.account === undefined
      ? fc.string({ unit: digit, minLength: form.accountDigits, maxLength: form.accountDigits })
      : fc.constant(options.account);
  const region = options.region === undefined ? regionName : fc.constant(options.region);
  const probe = connectionArnOf({
    partition,
    region: options.region ?? 'us-east-1',
    account: options.account ?? '0'.repeat(form.accountDigits),
    name: 'abcd',
    id: '0',
  });
  if (!form.pattern.test(probe))
    throw new RangeError(`connectionArn: options make ARNs the model rejects, e.g. ${probe}`);
  return fc
    .record({
      partition: fc.constant(partition),
      region,
      account,
      name: connectionName(),
      id: fc.string({ unit: hexDigit, minLength: ID_HEX_DIGITS, maxLength: ID_HEX_DIGITS }),
    })
    .map((parts) => connectionArnOf(parts, form));
}
