// ListConnections without a filter or with one (a name of the sequence, another letter case of
// it, a prefix, an extension), with or without MaxResults, following NextToken to the end: every
// page within MaxResults, every live connection the filter names listed once, every summary of
// one as the model says. Other connections of the account (there before, another run's) are
// listed too and left alone; deleted ones may be listed with Status DELETED (learned).
import { ListConnectionsCommand, type ConnectionSummary } from '@aws-sdk/client-apprunner';
import type fc from 'fast-check';
import type { RequirementId } from '../../contract/index.js';
import { failureOf, require } from '../checks/errors.js';
import { otherLetterCase } from '../checks/names.js';
import { runContext } from '../run-context.js';
import type { LifecycleModel, ModelConnection } from './model.js';
import { summaryMismatch } from './observe-connection.js';

export type FilterKind = 'none' | 'exact' | 'other case' | 'prefix' | 'extension';

/** Pages followed at most: an account may list hundreds of DELETED connections, a page at a time. */
const MAX_PAGES = 10_000;

export class ListCommand implements fc.AsyncCommand<LifecycleModel, object> {
  constructor(
    readonly filter: FilterKind,
    readonly slot: number,
    readonly maxResults: number | undefined,
  ) {}

  check(): boolean {
    return true;
  }

  filterName(m: Readonly<LifecycleModel>): string | undefined {
    const name = m.names[this.slot % m.names.length] ?? '';
    if (this.filter === 'exact') return name;
    if (this.filter === 'other case') return otherLetterCase(name);
    if (this.filter === 'prefix') return name.slice(0, -1);
    if (this.filter === 'extension') return `${name}x`;
    return undefined;
  }

  async run(m: LifecycleModel): Promise<void> {
    const name = this.filterName(m);
    if (m.deleted.length > 0) m.learned.deletedListed ??= false;
    const summaries = await this.pages(name);
    const seen = summaries.map((s) => s.ConnectionArn);
    const twice = seen.filter((arn, i) => seen.indexOf(arn) !== i);
    require(twice.length ===
      0, 'LIST-PAGINATION-COMPLETE', `${this.toString()} listed twice: ${twice.join(', ')}`);
    const expected = [...m.live.values()].filter((c) => name === undefined || c.name === name);
    const missing = expected.filter((c) => !seen.includes(c.arn)).map((c) => c.name);
    const missed: RequirementId =
      name !== undefined
        ? 'LIST-FILTER-NAME'
        : this.maxResults === undefined
          ? 'LIST-ALL-WITHOUT-MAX'
          : 'LIST-PAGINATION-COMPLETE';
    require(missing.length === 0, missed, `${this.toString()} did not list ${missing.join(', ')}`);
    for (const s of summaries) this.judge(s, m, name);
    const original = m.names[this.slot % m.names.length] ?? '';
    if (this.filter === 'other case' && m.live.has(original) && m.learned.filterCase === undefined)
      m.learned.filterCase = 'exact names only';
  }

  /** One summary: as the model says if live, DELETED if deleted, and of the filter's name. */
  private judge(s: ConnectionSummary, m: LifecycleModel, name: string | undefined): void {
    const live: ModelConnection | undefined = [...m.live.values()].find(
      (c) => c.arn === s.ConnectionArn,
    );
    if (live) {
      const mismatch = summaryMismatch(s, live);
      require(mismatch === undefined, 'CONN-SUMMARY-MATCHES', `${this.toString()}: ${mismatch}`);
    } else if (m.deleted.some((c) => c.arn === s.ConnectionArn)) {
      m.learned.deletedListed = true;
    }
    if (name === undefined || s.ConnectionName === name) return;
    // Whether names compare without letter case is not documented: learned, never failed.
    if (s.ConnectionName?.toLowerCase() === name.toLowerCase()) {
      m.learned.filterCase = 'also other letter cases';
      return;
    }
    require(false, 'LIST-FILTER-NAME', `${this.toString()} listed ${s.ConnectionName}`);
  }

  private async pages(name: string | undefined): Promise<ConnectionSummary[]> {
    const { client } = runContext();
    const all: ConnectionSummary[] = [];
    const tokens = new Set<string>();
    let NextToken: string | undefined;
    for (let page = 0; ; page += 1) {
      require(page <
        MAX_PAGES, 'LIST-PAGINATION-COMPLETE', `${this.toString()} did not end after ${MAX_PAGES} pages`);
      const sent = client.send(
        new ListConnectionsCommand({
          ConnectionName: name,
          MaxResults: this.maxResults,
          NextToken,
        }),
      );
      // A filter on a name nothing carries may be answered ResourceNotFoundException (allowed:
      // OBS-LIST-FILTER-MISSING): that lists nothing, which the judging of the list then weighs.
      const refused = name === undefined ? undefined : await failureOf(sent);
      if (refused?.name === 'ResourceNotFoundException') return all;
      const out = await sent;
      const list = out.ConnectionSummaryList ?? [];
      if (this.maxResults === undefined)
        require(out.NextToken ===
          undefined, 'LIST-ALL-WITHOUT-MAX', `${this.toString()} answered a NextToken`);
      else
        require(list.length <=
          this
            .maxResults, 'LIST-PAGE-SIZE', `${this.toString()}: page ${page + 1} holds ${list.length}`);
      all.push(...list);
      NextToken = out.NextToken;
      if (NextToken === undefined) return all;
      require(!tokens.has(
        NextToken,
      ), 'LIST-PAGINATION-COMPLETE', `${this.toString()}: page ${page + 1} repeats a NextToken`);
      tokens.add(NextToken);
    }
  }

  toString(): string {
    return `list(${this.filter}${this.filter === 'none' ? '' : ` #${this.slot}`}, MaxResults ${this.maxResults ?? 'absent'})`;
  }
}
