/**
 * Pictures for the page's chrome from the bundled icon set (Fluent Emoji
 * Flat in public/art/emoji, see assets/emoji/extract-emoji.mjs), never an
 * emoji character: a system without an emoji font shows those as empty boxes.
 */
import { h } from './dom';
import { emojiUrl } from '../../shared/emojiUrl';

/** A bundled icon as an image, decorative (its text is next to it, or in the control's name). */
export function emojiIcon(name: string, size = 18): HTMLImageElement {
  return h('img', { class: 'emoji', src: emojiUrl(name), alt: '', 'aria-hidden': 'true', width: size, height: size, draggable: 'false', 'data-emoji': name });
}

/** An icon drawn here, from its SVG body on a `box` × `box` view box, decorative. */
export function svgIcon(body: string, box: number, size = 18): SVGSVGElement {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', `0 0 ${box} ${box}`);
  svg.setAttribute('width', String(size));
  svg.setAttribute('height', String(size));
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('class', 'emoji');
  svg.innerHTML = body;
  return svg;
}
