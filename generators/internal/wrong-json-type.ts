// JSON values of a type other than the one a member expects, for raw-body tests. Never null: the
// AWS JSON protocols read a null member as an absent one (Smithy protocol test
// AwsJson11ServersDontDeserializeNullStructureValues), so null would not be a wrong type but a
// missing member. `like` supplies a valid value to wrap, so that servers which unwrap one-element
// arrays or coerce "10" to 10 are caught.
import fc from 'fast-check';

export type JsonType = 'string' | 'integer' | 'boolean' | 'array' | 'object';

/** "10" for 10, the JSON text for anything else: what a server that coerces types would accept. */
function asText(v: unknown): string {
  return typeof v === 'string'
    ? v
    : typeof v === 'number' || typeof v === 'boolean'
      ? `${v}`
      : JSON.stringify(v);
}

export function wrongJsonType(
  expected: JsonType,
  like: fc.Arbitrary<unknown>,
): fc.Arbitrary<unknown> {
  const branches: fc.Arbitrary<unknown>[] = [];
  if (expected !== 'boolean') branches.push(fc.boolean());
  if (expected !== 'integer') {
    branches.push(fc.integer({ min: -1000, max: 100_000 }));
    branches.push(
      fc
        .tuple(fc.integer({ min: -1000, max: 1000 }), fc.constantFrom(0.5, 0.25))
        .map(([a, b]) => a + b),
    );
  }
  if (expected !== 'string') branches.push(like.map(asText));
  if (expected !== 'array') branches.push(fc.array(like, { maxLength: 2 }));
  if (expected !== 'object')
    branches.push(
      fc.oneof(
        fc.constant({}),
        like.map((v) => ({ Value: v })),
      ),
    );
  return fc.oneof(...branches);
}
