/** A tiny DOM builder: h('button', {class: 'x', onclick}, 'label'). Hand-written: forty lines where a view library would bring a framework. */
type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | EventListener | null | undefined>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Array<Child | Child[]>): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      el.addEventListener(name.slice(2), value);
    } else if (name === 'class') {
      el.className = String(value);
    } else if (value === true) {
      el.setAttribute(name, '');
    } else {
      el.setAttribute(name, String(value));
    }
  }
  append(el, children);
  return el;
}

export function append(el: Element, children: Array<Child | Child[]>): void {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === 'number' ? String(child) : child);
  }
}

/** Replaces an element's content. */
export function replace(el: Element, ...children: Array<Child | Child[]>): void {
  el.replaceChildren();
  append(el, children);
}

/** A labelled control: its label points at the control's id (which it must have). */
export function labelled(cls: string, label: string, control: HTMLElement): HTMLElement {
  return h('div', { class: cls }, h('label', { for: control.id }, label), control);
}

/** Says a message to screen readers through the app's live region. */
export function announce(message: string): void {
  const live = document.getElementById('live');
  if (live) live.textContent = message;
}

/** A box a wide table scrolls sideways in: focusable, so a keyboard can scroll it too (axe: scrollable-region-focusable). */
export function tableWrap(...children: Array<Child | Child[]>): HTMLDivElement {
  return h('div', { class: 'table-wrap', tabindex: '0' }, ...children);
}
