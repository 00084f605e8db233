// A tagged template for HTML in which every interpolated value is escaped unless it is itself
// markup built by this template: forgetting to escape a value from a report cannot happen.
import { escapeMarkup } from './escape.js';

export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Value = Html | string | number | boolean | null | undefined | readonly Value[];

function render(v: Value): string {
  if (v instanceof Html) return v.value;
  if (Array.isArray(v)) return (v as readonly Value[]).map(render).join('');
  if (v === undefined || v === null || v === false) return '';
  return escapeMarkup(String(v));
}

export function html(strings: TemplateStringsArray, ...values: Value[]): Html {
  return new Html(strings.reduce((out, s, i) => out + render(values[i - 1]) + s));
}
