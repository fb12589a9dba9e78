import { AppError } from '../../../preload/contract/app-error';
import type { FactValue } from '../../../preload/contract/methods/facts';

type Json = Record<string, unknown>;

export interface MergeInput {
  readonly target: string;
  readonly value: Record<string, FactValue>;
  readonly documentId: string;
  readonly page: number;
  readonly quote: string;
}

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Own-key walk that creates objects along the way (keys are model field names, never __proto__). */
function objectAt(root: Json, path: readonly string[]): Json {
  let node = root;
  for (const key of path) {
    const next = Object.hasOwn(node, key) ? node[key] : undefined;
    if (!isObject(next)) node[key] = {};
    node = node[key] as Json;
  }
  return node;
}

function arrayAt(root: Json, path: readonly string[]): Json[] {
  const parent = objectAt(root, path.slice(0, -1));
  const key = path.at(-1)!;
  const current = Object.hasOwn(parent, key) ? parent[key] : undefined;
  if (!Array.isArray(current)) parent[key] = [];
  return parent[key] as Json[];
}

const TARGET = /^(|[A-Za-z]+(?:\.[A-Za-z]+)*)(\[(\d*)\])?$/;

/**
 * Merges a confirmed proposal into the facts (a deep copy is returned; the
 * caller validates the result). Target forms: '' (case root), 'events.decision'
 * (object), 'events.notices[0]' (entry by index), 'events.legalReviews[]'
 * (the entry from the same document, else a new one), 'officers[]' and
 * 'legalReviewers[]' (the person of the same name, else a new one). Empty strings are left out, so a
 * required field the extractor could not read is reported as missing.
 */
export function mergeProposal(facts: Json, p: MergeInput): Json {
  const m = TARGET.exec(p.target);
  if (!m) throw new AppError('E_INVALID_ARGS', `建议的目标字段无效：${p.target}`);
  const out = structuredClone(facts);
  const path = m[1] ? m[1].split('.') : [];
  const value: Json = Object.fromEntries(Object.entries(p.value).filter(([, v]) => v !== ''));
  const source = { documentId: p.documentId, page: p.page, quote: p.quote };
  if (!m[2]) {
    const node = objectAt(out, path);
    Object.assign(node, value);
    // Provenance of an event object; the root and people lists carry their own.
    if (path.length > 0) node.source = source;
    return out;
  }
  const list = arrayAt(out, path);
  const index = m[3];
  let entry: Json | undefined;
  if (index !== undefined && index !== '') {
    const i = Number(index);
    while (list.length <= i) list.push({});
    entry = list[i];
  } else if (p.target === 'officers[]' || p.target === 'legalReviewers[]') {
    entry = list.find((o) => o.name === value.name);
  } else {
    entry = list.find((e) => isObject(e.source) && e.source.documentId === p.documentId);
  }
  if (!entry) {
    entry = {};
    list.push(entry);
  }
  Object.assign(entry, value);
  entry.source = source;
  return out;
}
