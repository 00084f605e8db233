// What a connection ARN looks like, read from spec/: the layout from the statement of
// CONN-ARN-FORMAT ("arn:<partition>:apprunner:<region>:<account>:connection/<name>/<id>") and
// the account length from the AppRunnerResourceArn pattern ("[0-9]{12}"). Both are checked, so a
// change in either stops the build instead of producing ARNs that no longer fit.
import { patternRegExp, requirement, stringConstraint } from '../../contract/index.js';

export interface ArnForm {
  service: string;
  resourceType: string;
  accountDigits: number;
  maxLength: number;
  /** The model's ARN pattern, as JSON Schema applies it. */
  pattern: RegExp;
}

let cached: ArnForm | undefined;

export function arnForm(): ArnForm {
  if (cached) return cached;
  const statement = requirement('CONN-ARN-FORMAT').statement;
  const layout = /arn:<partition>:([a-z0-9-]+):<region>:<account>:([a-z0-9-]+)\/<name>\/<id>/.exec(
    statement,
  );
  if (!layout?.[1] || !layout[2])
    throw new Error(`CONN-ARN-FORMAT no longer states the ARN layout: ${statement}`);
  const c = stringConstraint('AppRunnerResourceArn');
  const account = /:\[0-9\]\{(\d+)\}:/.exec(c.pattern ?? '');
  const pattern = patternRegExp('AppRunnerResourceArn');
  if (!account?.[1] || !pattern)
    throw new Error(`AppRunnerResourceArn pattern no longer has a [0-9]{n} account: ${c.pattern}`);
  cached = {
    service: layout[1],
    resourceType: layout[2],
    accountDigits: Number(account[1]),
    maxLength: c.maxLength,
    pattern,
  };
  return cached;
}

export function connectionArnOf(
  parts: { partition: string; region: string; account: string; name: string; id: string },
  form = arnForm(),
): string {
  const { partition, region, account, name, id } = parts;
  return `arn:${partition}:${form.service}:${region}:${account}:${form.resourceType}/${name}/${id}`;
}
