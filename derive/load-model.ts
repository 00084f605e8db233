// Reads a model file of either rendering (plain or gzipped JSON) and returns its IR and digest.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { ModelInputError, isObject, objectAt, type ModelIR } from './model-ir.js';
import { isBotocore, readBotocore } from './read-botocore.js';
import { isSmithyAst, readSmithy } from './read-smithy.js';

export interface LoadedModel {
  ir: ModelIR;
  /** sha256 of the model JSON (after decompression, so a gzipped copy is the same model). */
  sha256: string;
}

function readBytes(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new ModelInputError(`model file not found: ${path}`);
    if (code === 'EISDIR') throw new ModelInputError(`model path is a directory: ${path}`);
    throw new ModelInputError(`cannot read model file ${path} (${code ?? 'error'})`);
  }
}

function decompress(path: string, bytes: Buffer): Buffer {
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  try {
    return gunzipSync(bytes);
  } catch {
    throw new ModelInputError(`model file ${path} looks gzipped but does not decompress`);
  }
}

function parseJson(path: string, text: Buffer): unknown {
  try {
    return JSON.parse(text.toString('utf8')) as unknown;
  } catch (e) {
    throw new ModelInputError(`model file ${path} is not valid JSON (${(e as Error).message})`);
  }
}

export function loadModel(path: string): LoadedModel {
  const bytes = decompress(path, readBytes(path));
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const doc = parseJson(path, bytes);
  if (isSmithyAst(doc)) return { ir: readSmithy(doc), sha256 };
  if (isBotocore(doc)) {
    const pagePath = join(dirname(path), 'paginators-1.json');
    const pages = existsSync(pagePath) ? parseJson(pagePath, readFileSync(pagePath)) : undefined;
    return { ir: readBotocore(doc, pages), sha256 };
  }
  // The format it looks like, but with the wrong structure: say where.
  if (isObject(doc) && 'smithy' in doc) objectAt(doc.shapes, 'shapes');
  if (isObject(doc) && 'metadata' in doc && 'operations' in doc) {
    for (const key of ['metadata', 'operations', 'shapes']) objectAt(doc[key], key);
  }
  throw new ModelInputError(
    `model file ${path} is neither a Smithy JSON AST nor a botocore service-2 model`,
  );
}
