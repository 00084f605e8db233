// Shape names each derived message schema reaches (its $defs), read from spec/derived/schemas.
import { readFileSync } from 'node:fs';
import type { SchemaName } from '../../contract/index.js';

const cache = new Map<string, string[]>();

export default function shapesOf(schema: SchemaName): string[] {
  let shapes = cache.get(schema);
  if (!shapes) {
    const url = new URL(`../../spec/derived/schemas/${schema}.schema.json`, import.meta.url);
    const doc = JSON.parse(readFileSync(url, 'utf8')) as { $defs: Record<string, unknown> };
    shapes = Object.keys(doc.$defs);
    cache.set(schema, shapes);
  }
  return shapes;
}
