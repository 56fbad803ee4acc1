/** A box to paste a run code (or a link holding one) into, and the button that opens it. */
import { extractCode } from '../../codes/runCode';
import { h } from '../kit/dom';
import { button } from '../shell/header';

let boxes = 0;

/** Enter in the box opens it too; without an `action` the box has no button of its own (a form of several boxes). */
export function pasteBox(opts: { label: string; help?: string; action?: string; testid: string; value?: string; onOpen(code: string): void }): HTMLElement {
  const id = `paste-${++boxes}`;
  const field = h('textarea', { id, class: 'code-field', rows: '3', spellcheck: 'false', autocomplete: 'off', 'data-testid': `${opts.testid}-field`, 'aria-describedby': opts.help ? `${id}-help` : null });
  field.value = opts.value ?? '';
  const open = () => opts.onOpen(extractCode(field.value));
  field.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault();
      open();
    }
  });
  return h(
    'div',
    { class: 'paste-box' },
    h('label', { for: id }, opts.label),
    opts.help ? h('p', { class: 'hint', id: `${id}-help` }, opts.help) : null,
    field,
    opts.action ? h('div', { class: 'actions' }, button(opts.action, open, { class: 'btn btn-primary', 'data-testid': `${opts.testid}-open` })) : null,
  );
}
