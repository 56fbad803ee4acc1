/**
 * A number field for the planning panel: thousands separators shown while
 * typing and after (215,000 / 215 000), the arrow keys step by the lever's
 * own unit (Page Up/Down by ten of them, Home/End to the ends), and a field
 * that cannot be read says what is wrong and the valid range next to it.
 */
import { t } from '../../i18n';
import { numberFormat } from '../../i18n/format';
import { h } from '../kit/dom';
import './planning.css';

/** Every kind of space a thousands separator may be typed or pasted as. */
const SPACES = ' \u00a0\u202f\u2009';

interface Separators {
  group: string;
  decimal: string;
  /** what is read as a thousands separator */
  groupIn: string;
  /** what is read as the decimal mark */
  decimalIn: string;
}

function separators(): Separators {
  const parts = numberFormat({ useGrouping: true, minimumFractionDigits: 1 }).formatToParts(12345.5);
  const group = parts.find((p) => p.type === 'group')?.value ?? ',';
  const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
  // English: "1,234.5"; French: "1 234,5", where a typed point is a decimal mark too
  return decimal === '.' ? { group, decimal, groupIn: `,${SPACES}`, decimalIn: '.' } : { group, decimal, groupIn: SPACES, decimalIn: `${decimal}.` };
}

function groupDigits(digits: string, sep: string): string {
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += sep;
    out += digits[i];
  }
  return out;
}

interface Typed {
  negative: boolean;
  whole: string;
  /** the decimal part, or null when no decimal mark was typed */
  fraction: string | null;
}

/** Splits what was typed, or null when it holds anything but a number (letters, two decimal marks). */
function splitTyped(text: string, s: Separators): Typed | null {
  let rest = text.trim();
  const negative = rest.startsWith('-') || rest.startsWith('−');
  if (negative) rest = rest.slice(1);
  let whole = '';
  let fraction: string | null = null;
  for (const ch of rest) {
    if (ch >= '0' && ch <= '9') {
      if (fraction === null) whole += ch;
      else fraction += ch;
    } else if (s.decimalIn.includes(ch)) {
      if (fraction !== null) return null;
      fraction = '';
    } else if (!s.groupIn.includes(ch)) {
      return null;
    }
  }
  return { negative, whole, fraction };
}

/** What was typed, with its thousands grouped the way the language writes them; null when it is not a number. */
export function formatTyped(text: string): string | null {
  const s = separators();
  const p = splitTyped(text, s);
  if (!p) return null;
  return `${p.negative ? '-' : ''}${groupDigits(p.whole, s.group)}${p.fraction === null ? '' : s.decimal + p.fraction}`;
}

/** The number a field holds: NaN when it is not one, null when it is empty. */
export function parseTyped(text: string): number | null {
  if (text.trim() === '') return null;
  const p = splitTyped(text, separators());
  if (!p || (p.whole === '' && !p.fraction)) return Number.NaN;
  return Number(`${p.negative ? '-' : ''}${p.whole || '0'}.${p.fraction ?? ''}`);
}

/** A value as the field shows it: grouped, up to six decimals, no float noise. */
export function formatField(value: number): string {
  return numberFormat({ useGrouping: true, maximumFractionDigits: 6 }).format(Number(value.toFixed(6)));
}

/** Where the caret goes after regrouping: after the same number of digits and marks as before. */
function caretAfter(text: string, count: number, s: Separators): number {
  if (count === 0) return 0;
  let seen = 0;
  for (let i = 0; i < text.length; i++) {
    if (isSignificant(text[i], s)) seen += 1;
    if (seen === count) return i + 1;
  }
  return text.length;
}

/** A digit, the sign or a decimal mark: what regrouping never adds or removes. */
function isSignificant(ch: string, s: Separators): boolean {
  return (ch >= '0' && ch <= '9') || ch === '-' || ch === '−' || s.decimalIn.includes(ch);
}

function significant(text: string, s: Separators): number {
  let n = 0;
  for (const ch of text) if (isSignificant(ch, s)) n += 1;
  return n;
}

/** `count` steps of an arrow key from `value`, on multiples of `step` (4.3 goes up to 5), inside [min, max]. */
export function stepValue(value: number, step: number, dir: 1 | -1, min: number, max: number, count = 1): number {
  const eps = 1e-9;
  const base = dir > 0 ? Math.floor(value / step + eps) * step : Math.ceil(value / step - eps) * step;
  const next = Number((base + dir * count * step).toFixed(6));
  return Math.min(max, Math.max(min, next));
}

export type FieldProblem = 'empty' | 'nan' | 'whole' | 'low' | 'high';

export interface NumberFieldOptions {
  id: string;
  testid: string;
  /** in the field's own unit (a percent lever's field holds percents) */
  min: number;
  max: number;
  step: number;
  whole: boolean;
  value: number;
  /** the valid range as the player reads it ("0% – 30%") */
  range: string;
  /** ids of the label's help lines, read with the field */
  describedBy: string[];
  onInput(): void;
}

export interface NumberField {
  input: HTMLInputElement;
  error: HTMLElement;
  /** the value in the field's unit, or null when it cannot be used (the error says why) */
  read(): number | null;
  set(value: number): void;
  /** shows or clears the error line; returns what is wrong, if anything */
  check(): FieldProblem | null;
}

export function numberField(o: NumberFieldOptions): NumberField {
  const errorId = `${o.id}-error`;
  const input = h('input', {
    id: o.id,
    type: 'text',
    inputmode: o.whole && o.min >= 0 ? 'numeric' : 'decimal',
    autocomplete: 'off',
    spellcheck: 'false',
    role: 'spinbutton',
    class: 'number-field',
    // no effect on a text field; kept so tests and tools can read the range off the field
    min: String(o.min),
    max: String(o.max),
    'aria-valuemin': String(o.min),
    'aria-valuemax': String(o.max),
    value: formatField(o.value),
    'data-testid': o.testid,
    'aria-describedby': [...o.describedBy, errorId].join(' '),
  });
  const error = h('p', { class: 'field-error', id: errorId, 'aria-live': 'polite' });

  const problem = (): FieldProblem | null => {
    const v = parseTyped(input.value);
    if (v === null) return 'empty';
    if (!Number.isFinite(v)) return 'nan';
    if (o.whole && !Number.isInteger(v)) return 'whole';
    if (v < o.min - 1e-9) return 'low';
    if (v > o.max + 1e-9) return 'high';
    return null;
  };
  const read = (): number | null => (problem() === null ? parseTyped(input.value) : null);
  const check = (): FieldProblem | null => {
    const p = problem();
    error.textContent = p ? t(`ui.planning.problem.${p}`, { range: o.range }) : '';
    input.setAttribute('aria-invalid', String(p !== null));
    const v = read();
    if (v === null) input.removeAttribute('aria-valuenow');
    else input.setAttribute('aria-valuenow', String(v));
    return p;
  };
  const set = (value: number) => {
    input.value = formatField(value);
    check();
  };

  input.addEventListener('input', () => {
    const text = input.value;
    const grouped = formatTyped(text);
    if (grouped !== null && grouped !== text) {
      const s = separators();
      const keep = significant(text.slice(0, input.selectionStart ?? text.length), s);
      input.value = grouped;
      const at = caretAfter(grouped, keep, s);
      input.setSelectionRange(at, at);
    }
    check();
    o.onInput();
  });
  input.addEventListener('keydown', (e) => {
    const dir = e.key === 'ArrowUp' || e.key === 'PageUp' ? 1 : e.key === 'ArrowDown' || e.key === 'PageDown' ? -1 : 0;
    let next: number | null = null;
    if (dir !== 0) {
      const now = parseTyped(input.value);
      const from = now === null || !Number.isFinite(now) ? o.value : Math.min(o.max, Math.max(o.min, now));
      next = stepValue(from, o.step, dir, o.min, o.max, e.key.startsWith('Page') ? 10 : 1);
    } else if (e.key === 'Home' && e.ctrlKey) {
      next = o.min;
    } else if (e.key === 'End' && e.ctrlKey) {
      next = o.max;
    }
    if (next === null) return;
    e.preventDefault();
    set(next);
    o.onInput();
  });
  input.addEventListener('blur', () => {
    const v = read();
    if (v !== null) input.value = formatField(v);
  });
  check();
  return { input, error, read, set, check };
}
