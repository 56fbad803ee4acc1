/**
 * Plurals, chosen by Intl.PluralRules for the language: the one plural helper.
 *
 * A string in a table writes a count's noun as an ICU plural block, and t()
 * picks the branch for the number in vars:
 *
 *   deals: '{n, plural, one {# deal} other {# deals}}',            // en
 *   deals: '{n, plural, one {# affaire} other {# affaires}}',      // fr (0 and 1 are "one")
 *   t('ui.x.deals', { n: 1 })  → "1 deal" / "1 affaire"
 *
 * `#` stands for the count's value as passed; other {placeholders} work inside
 * a branch, so a count formatted elsewhere can sit next to its noun:
 *
 *   gain: '{d} {n, plural, one {pt} other {pts}}'   t(key, { d: signed(x), n: x }) → "+1 pt"
 *
 * Branches: `=0 {…}` (an exact value, checked first), then the language's
 * categories (`one`, `few`, `many`, …) with `other` required as the fallback.
 * The count is a number, or a number formatted by format.ts ("+1", "1 234",
 * "−0,5"), read back in the language's notation; anything else takes `other`.
 * pluralCategory() gives the category for code that builds a text itself.
 */
import type { Locale } from './index';

const rules = new Map<Locale, Intl.PluralRules>();

export function pluralCategory(n: number, locale: Locale): Intl.LDMLPluralRule {
  let r = rules.get(locale);
  if (!r) {
    r = new Intl.PluralRules(locale === 'fr' ? 'fr-FR' : 'en-GB');
    rules.set(locale, r);
  }
  return r.select(n);
}

/** A count given as a number or as a number formatted for the language. */
function countOf(value: string | number | undefined, locale: Locale): number {
  if (typeof value === 'number') return value;
  if (value === undefined) return Number.NaN;
  const bare = value.replace(/[\s\u00a0\u202f+]/g, '').replace(/\u2212/g, '-');
  const plain = locale === 'fr' ? bare.replace(/\./g, '').replace(',', '.') : bare.replace(/,/g, '');
  return /^-?\d+(\.\d+)?$/.test(plain) ? Number(plain) : Number.NaN;
}

/** The index just past the brace that closes the one open at `open`. */
function closing(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i += 1) {
    if (s[i] === '{') depth += 1;
    else if (s[i] === '}') {
      depth -= 1;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

/** A plural block's branches: `one {…} other {…}` → {one: '…', other: '…'}. */
export function pluralBranches(body: string): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  let i = 0;
  while (i < body.length) {
    const m = /^\s*(=\d+|zero|one|two|few|many|other)\s*\{/.exec(body.slice(i));
    if (!m) return body.slice(i).trim() === '' && 'other' in out ? out : undefined;
    const open = i + m[0].length - 1;
    const end = closing(body, open);
    if (end < 0) return undefined;
    out[m[1]] = body.slice(open + 1, end - 1);
    i = end;
  }
  return 'other' in out ? out : undefined;
}

const BLOCK = /\{(\w+),\s*plural,/g;

/** Every `{name, plural, …}` block in `raw` replaced by the branch its count selects. */
export function resolvePlurals(raw: string, vars: Record<string, string | number> | undefined, locale: Locale): string {
  if (!raw.includes(', plural,') && !raw.includes(',plural,')) return raw;
  let out = '';
  let from = 0;
  BLOCK.lastIndex = 0;
  for (let m = BLOCK.exec(raw); m; m = BLOCK.exec(raw)) {
    const end = closing(raw, m.index);
    const branches = end < 0 ? undefined : pluralBranches(raw.slice(m.index + m[0].length, end - 1));
    if (!branches) continue;
    const value = vars?.[m[1]];
    const n = countOf(value, locale);
    const pick = Number.isFinite(n) ? (branches[`=${n}`] ?? branches[pluralCategory(n, locale)] ?? branches.other) : branches.other;
    out += raw.slice(from, m.index) + resolvePlurals(pick, vars, locale).replace(/#/g, value === undefined ? '#' : String(value));
    from = end;
    BLOCK.lastIndex = end;
  }
  return out + raw.slice(from);
}
