/**
 * A fix for happy-dom 21's <select>: when an option with the `selected`
 * attribute is added after another option was selected by default, the
 * spec's selectedness algorithm keeps the LAST selected option; happy-dom
 * keeps the option at index (count of selected options − 1) instead, so
 * `h('select', {}, ...options)` with `selected` on the third option reads as
 * the second. Imported for its effect by the component tests whose screens
 * build selects that way (the facilitator's locks, the lab's fields).
 */
const proto = window.HTMLSelectElement.prototype as unknown as Record<symbol, (this: HTMLSelectElement, chosen?: HTMLOptionElement) => void>;
const symbolOf = (target: object, name: string) => {
  for (let o: object | null = target; o; o = Object.getPrototypeOf(o) as object | null) {
    const found = Object.getOwnPropertySymbols(o).find((s) => s.description === name);
    if (found) return found;
  }
  throw new Error(`happy-dom has no ${name} here: the select fix in tests/components/happyDomSelect.ts needs a look`);
};
const update = symbolOf(proto, 'updateSelectedness');
const selectedness = symbolOf(document.createElement('option'), 'selectedness');
const original = proto[update];

proto[update] = function (this: HTMLSelectElement, chosen?: HTMLOptionElement) {
  if (!chosen && !this.multiple) {
    const selected = [...this.querySelectorAll('option')].filter((o) => (o as unknown as Record<symbol, boolean>)[selectedness]);
    if (selected.length >= 2) return original.call(this, selected[selected.length - 1]);
  }
  return original.call(this, chosen);
};

export {};
