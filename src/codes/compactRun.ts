/**
 * The compact run code, `sf2.<body>.<check>`: the run's identity as
 * positional binary fields in base64url, and the body's check (envelope.ts's
 * checksum). A facilitator's scenario is named by its fingerprint
 * (fingerprint.ts), not carried. Fields, in order (varints, bytes.ts):
 *
 *   model      index into MODELS, or MODELS.length then the version as text
 *   scenario   (index × 2 + has-fingerprint); index = table length: the id as text
 *   [fingerprint  6 bytes]
 *   seed       a decimal integer n as n × 2 + 1, else its UTF-8 length × 2 then the bytes
 *   overrides  count, then key and value pairs
 *   decisions  count, then each: (zigzag week step × 8 + type), then its fields
 *   hash       8 bytes
 *
 * Keys, stories, events and dilemma kinds are indexes into the model
 * version's frozen tables (codeTables.ts), values decimals where they are
 * (bytes.ts). A 24-decision game fits in about 130 characters.
 */
import type { Decision } from '../sim';
import { ByteReader, BytesError, ByteWriter, bytesHex, fromBase64Url, hexBytes, toBase64Url } from './bytes';
import { MODELS, tablesFor } from './codeTables';
import { FINGERPRINT_HEX } from './fingerprint';

export const COMPACT_PREFIX = 'sf2';

/** Everything that makes a run, but the facilitator's scenario: the same identity always gives the same hash. */
export interface RunFields {
  model: string;
  scenario: string;
  seed: string;
  /** parameters set before week 0, on top of the scenario's */
  overrides: Record<string, number | string>;
  decisions: Decision[];
  /** the run hash (16 hex digits) */
  hash: string;
}

/** What a compact code holds: an identity with its facilitator's scenario named (its fingerprint), not carried. */
export interface CompactRun extends RunFields {
  fingerprint?: string;
}

const TYPES = ['set', 'gemba', 'hire', 'event', 'dilemma'] as const;
const DECIMAL_SEED = /^(0|[1-9][0-9]{0,14})$/;

/** A name as its index in a table, or the table's length then the name as text. */
function writeName(w: ByteWriter, name: string, table: readonly string[], times = 1, tag = 0): void {
  const i = table.indexOf(name);
  w.uint((i >= 0 ? i : table.length) * times + tag);
  if (i < 0) w.text(name);
}

function readName(r: ByteReader, index: number, table: readonly string[]): string {
  if (index < table.length) return table[index];
  if (index === table.length) return r.text();
  throw new BytesError('unknown index');
}

export function encodeCompact(run: CompactRun): string {
  const tb = tablesFor(run.model);
  const w = new ByteWriter();
  writeName(w, run.model, MODELS);
  writeName(w, run.scenario, tb.scenarios, 2, run.fingerprint ? 1 : 0);
  if (run.fingerprint) w.raw(hexBytes(run.fingerprint));
  if (DECIMAL_SEED.test(run.seed)) w.uint(Number(run.seed) * 2 + 1);
  else w.text(run.seed, 0, 2);
  const overrides = Object.entries(run.overrides);
  w.uint(overrides.length);
  for (const [key, value] of overrides) {
    writeName(w, key, tb.keys);
    w.value(value, tb.values);
  }
  w.uint(run.decisions.length);
  let week = 0;
  for (const d of run.decisions) {
    const step = d.week - week;
    week = d.week;
    w.uint((step >= 0 ? step * 2 : -step * 2 - 1) * 8 + TYPES.indexOf(d.type));
    switch (d.type) {
      case 'set':
        writeName(w, d.key, tb.keys);
        w.value(d.value, tb.values);
        break;
      case 'gemba':
        w.uint(d.rep);
        break;
      case 'hire':
        w.uint(d.count);
        break;
      case 'event': {
        const { size, weeks } = d as { size?: number; weeks?: number };
        writeName(w, d.event, tb.events, 4, (size !== undefined ? 1 : 0) + (weeks !== undefined ? 2 : 0));
        if (size !== undefined) w.value(size, []);
        if (weeks !== undefined) w.int(weeks);
        break;
      }
      case 'dilemma':
        writeName(w, d.kind, tb.dilemmas, 2, d.accept ? 1 : 0);
        w.uint(d.rep + 1).uint(d.customer + 1);
        break;
    }
  }
  w.raw(hexBytes(run.hash));
  return toBase64Url(w.bytes());
}

/** The fields of a compact code's body; BytesError when they do not make one (checked for shape by the caller). */
export function decodeCompact(body: string, onModel?: (model: string) => void): CompactRun {
  const r = new ByteReader(fromBase64Url(body));
  const model = readName(r, r.uint(), MODELS);
  onModel?.(model);
  const tb = tablesFor(model);
  const head = r.uint();
  const scenario = readName(r, Math.floor(head / 2), tb.scenarios);
  const fingerprint = head % 2 === 1 ? bytesHex(r.raw(FINGERPRINT_HEX / 2)) : undefined;
  const seedHead = r.uint();
  const seed = seedHead % 2 === 1 ? String((seedHead - 1) / 2) : r.textOf(seedHead / 2);
  const overrides: Record<string, number | string> = {};
  const nOverrides = r.uint();
  if (nOverrides > r.left) throw new BytesError('too many overrides');
  for (let i = 0; i < nOverrides; i++) {
    const key = readName(r, r.uint(), tb.keys);
    // defined, not assigned: a key such as __proto__ stays a key
    Object.defineProperty(overrides, key, { value: r.value(tb.values), enumerable: true, writable: true, configurable: true });
  }
  const n = r.uint();
  if (n > r.left) throw new BytesError('too many decisions');
  const decisions: Decision[] = [];
  let week = 0;
  for (let i = 0; i < n; i++) {
    const h = r.uint();
    const type = TYPES[h % 8];
    const z = Math.floor(h / 8);
    week += z % 2 === 0 ? z / 2 : -(z + 1) / 2;
    if (type === 'set') decisions.push({ week, type, key: readName(r, r.uint(), tb.keys), value: r.value(tb.values) });
    else if (type === 'gemba') decisions.push({ week, type, rep: r.uint() });
    else if (type === 'hire') decisions.push({ week, type, count: r.uint() });
    else if (type === 'event') {
      const e = r.uint();
      const d: { week: number; type: 'event'; event: string; size?: number; weeks?: number } = { week, type, event: readName(r, Math.floor(e / 4), tb.events) };
      if (e % 2 === 1) d.size = Number(r.value([]));
      if (e % 4 >= 2) d.weeks = r.int();
      decisions.push(d as Decision);
    } else if (type === 'dilemma') {
      const k = r.uint();
      const kind = readName(r, Math.floor(k / 2), tb.dilemmas);
      const rep = r.uint() - 1;
      decisions.push({ week, type, kind, rep, customer: r.uint() - 1, accept: k % 2 === 1 } as Decision);
    } else throw new BytesError('unknown decision type');
  }
  const hash = bytesHex(r.raw(8));
  if (!r.done) throw new BytesError('bytes left over');
  return { model, scenario, seed, overrides, decisions, hash, ...(fingerprint ? { fingerprint } : {}) };
}
