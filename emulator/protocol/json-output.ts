// Output serialization. ListConnections summaries are serialized once per connection and spliced
// into every page as JSON text: turning the same summaries into JSON on every call was the
// largest cost of a ListConnections call.

/** JSON text of one value, spliced into the response as is. */
export class JsonText {
  constructor(readonly text: string) {}

  /** Keeps plain JSON.stringify of an output that holds JsonText correct (just slower). */
  toJSON(): unknown {
    return JSON.parse(this.text);
  }
}

const isJsonTextList = (value: unknown): value is JsonText[] =>
  Array.isArray(value) && value.every((v) => v instanceof JsonText);

/** The JSON of an output object whose top-level members may be lists of JsonText. */
export function serializeOutput(output: object): string {
  const entries = Object.entries(output);
  // Most outputs hold no JsonText: plain JSON.stringify is the fastest way for them.
  if (!entries.some(([, value]) => isJsonTextList(value) && value.length > 0)) {
    return JSON.stringify(output);
  }
  const members: string[] = [];
  for (const [key, value] of entries) {
    if (value === undefined) continue;
    const json = isJsonTextList(value)
      ? `[${value.map((v) => v.text).join(',')}]`
      : JSON.stringify(value);
    members.push(`${JSON.stringify(key)}:${json}`);
  }
  return `{${members.join(',')}}`;
}
