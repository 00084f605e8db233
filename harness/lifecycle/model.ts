// The model the lifecycle commands are compared with: the connections this run holds in the
// account, their tags and where each tag came from, the names it deleted, and what it learned of
// the freedoms the contract leaves (reported as observations, never failed).
import type { ProviderType } from '@aws-sdk/client-apprunner';

/** Which call last set a tag: a wrong tag blames the requirement of that call. */
export type TagOrigin = 'create' | 'tag' | 'overwrite';

export interface ModelTag {
  value: string;
  origin: TagOrigin;
}

export interface ModelConnection {
  name: string;
  arn: string;
  provider: ProviderType;
  /** CreatedAt as CreateConnection answered it. */
  createdAt: number;
  tags: Map<string, ModelTag>;
  /** Keys untagged since: they must stay absent until set again. */
  untagged: Set<string>;
}

/** What the target did where the contract leaves it free: learned once per run. */
export interface Learned {
  deletedListed?: boolean;
  /** 'accepted', or how it was refused. */
  untagAbsentKey?: string;
  /** 'created again', or how it was refused. */
  recreate?: string;
  recreatedArn?: 'a different ARN' | 'the same ARN';
  filterCase?: 'exact names only' | 'also other letter cases';
}

export interface LifecycleModel {
  /** Starts every name of this sequence and of no other. */
  base: string;
  /** The names this sequence uses: each a prefix of the next, or one letter apart. */
  names: readonly string[];
  live: Map<string, ModelConnection>;
  deleted: ModelConnection[];
  /** Names the target refused to create again after their deletion (DELETE-FREES-NAME). */
  reserved: Set<string>;
  /** How many connections the sequence may hold at once: within the quota, whatever exists. */
  maxLive: number;
  learned: Learned;
}

/** Tags a connection may hold: under the 50 AWS services commonly allow, less a live run's two. */
export const MAX_TAGS = 48;

export const liveAt = (m: LifecycleModel, pick: number): ModelConnection | undefined =>
  [...m.live.values()][pick % Math.max(1, m.live.size)];
