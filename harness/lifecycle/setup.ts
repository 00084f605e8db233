// Each command sequence starts from a fresh model and an account holding none of the previous
// sequence's connections; what is learned, and what the account held before, carry over.
import { deleteConnection, listAll } from '../checks/connections.js';
import { failureOf } from '../checks/errors.js';
import { uniqueName } from '../checks/names.js';
import type { Observation } from '../checks/meta.js';
import type { RequirementId } from '../../contract/index.js';
import { NAME_SUFFIXES } from './commands.js';
import type { Learned, LifecycleModel } from './model.js';

/** The documented default quota of connections per account and Region. */
const QUOTA = 10;
/** Connections a sequence holds at most: several pages, and room for other connections. */
const MAX_LIVE = 5;

export interface LifecycleRun {
  learned: Learned;
  /** Live connections the account held before the first sequence (not this file's). */
  preexisting?: number;
  last?: LifecycleModel;
}

export async function freshModel(
  run: LifecycleRun,
): Promise<{ model: LifecycleModel; real: object }> {
  for (const c of run.last?.live.values() ?? []) await failureOf(deleteConnection(c.arn));
  run.preexisting ??= (await listAll()).flat().filter((s) => s.Status !== 'DELETED').length;
  const base = uniqueName();
  const model: LifecycleModel = {
    base,
    names: NAME_SUFFIXES.map((suffix) => `${base}${suffix}`),
    live: new Map(),
    deleted: [],
    reserved: new Set(),
    maxLive: Math.max(0, Math.min(MAX_LIVE, QUOTA - run.preexisting)),
    learned: run.learned,
  };
  run.last = model;
  return { model, real: {} };
}

/** What the run learned, as the observations of the requirements that leave it open. */
export function observationsOf(learned: Learned): Observation[] {
  const seen: Partial<Record<RequirementId, string>> = {
    'OBS-LIST-DELETED-VISIBLE':
      learned.deletedListed === undefined
        ? undefined
        : learned.deletedListed
          ? 'listed'
          : 'not listed',
    'OBS-UNTAG-ABSENT-KEY': learned.untagAbsentKey,
    'DELETE-FREES-NAME': learned.recreate,
    'CONN-ARN-FRESH-ID': learned.recreatedArn,
    'OBS-LIST-FILTER-CASE': learned.filterCase,
  };
  return Object.entries(seen)
    .filter(([, value]) => value !== undefined)
    .map(([requirement, value]) => ({ requirement: requirement as RequirementId, value }));
}
