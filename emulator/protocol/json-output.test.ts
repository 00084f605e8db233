// serializeOutput gives the same JSON as JSON.stringify, with or without spliced JsonText.
import { describe, expect, it } from 'vitest';
import { JsonText, serializeOutput } from './json-output.js';

describe('serializeOutput', () => {
  it('matches JSON.stringify for plain outputs, skipping undefined members', () => {
    const output = {
      Connection: { ConnectionName: 'a"b', CreatedAt: 1.5 },
      NextToken: undefined,
      Tags: [],
    };
    expect(serializeOutput(output)).toBe(JSON.stringify(output));
    expect(serializeOutput({})).toBe('{}');
  });

  it('splices JsonText lists and stays equal to the plain serialization', () => {
    const summaries = [{ ConnectionName: 'one' }, { ConnectionName: 'two', CreatedAt: 1.25 }];
    const output = {
      ConnectionSummaryList: summaries.map((s) => new JsonText(JSON.stringify(s))),
      NextToken: 't',
    };
    const plain = JSON.stringify({ ConnectionSummaryList: summaries, NextToken: 't' });
    expect(serializeOutput(output)).toBe(plain);
    expect(JSON.stringify(output)).toBe(plain);
    expect(serializeOutput({ ConnectionSummaryList: [] })).toBe('{"ConnectionSummaryList":[]}');
  });
});
