// A group's tag calls and the tags they are judged by, for the overlapping sends and for the
// serial replay that narrows the blame (serial-blame.ts).
import {
  ListTagsForResourceCommand,
  TagResourceCommand,
  UntagResourceCommand,
} from '@aws-sdk/client-apprunner';
import { isTrackingTagKey } from '../../live/run-identity.js';
import { runContext } from '../run-context.js';
import { tagState, type TagCall, type TagState } from './orders.js';

/** TagResource or UntagResource on `arn`, as `call` says. */
export function sendTagCall(arn: string, call: TagCall): Promise<unknown> {
  const { client } = runContext();
  return call.kind === 'tag'
    ? client.send(new TagResourceCommand({ ResourceArn: arn, Tags: call.tags }))
    : client.send(new UntagResourceCommand({ ResourceArn: arn, TagKeys: call.keys }));
}

/** The tags `arn` lists, without a live run's tracking tags. */
export async function listedTags(arn: string): Promise<TagState> {
  const out = await runContext().client.send(new ListTagsForResourceCommand({ ResourceArn: arn }));
  return tagState((out.Tags ?? []).filter((t) => !isTrackingTagKey(t.Key)));
}
