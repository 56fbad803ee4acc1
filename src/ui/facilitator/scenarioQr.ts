/**
 * The QR code of a class scenario's link, on the facilitator's page, for the
 * projector: trainees scan it to open the scenario's briefing. The link when
 * it fits a QR code, else the scenario code alone (kit/qr.ts, as the share
 * panel does); drawn in the page, nothing fetched.
 */
import { t } from '../../i18n';
import { h } from '../kit/dom';
import { chooseQr, qrSvg } from '../kit/qr';

export function scenarioQr(link: string, code: string): HTMLElement {
  const choice = chooseQr(link, code);
  if (choice.kind === 'none') return h('p', { class: 'hint', 'data-testid': 'scenario-qr-none' }, t('facilitator.qrNone'));
  const caption = t(choice.kind === 'link' ? 'facilitator.qrLink' : 'facilitator.qrCode');
  const img = h('img', { class: 'fac-qr-img', alt: caption, width: 260, height: 260, 'data-testid': 'scenario-qr', 'data-kind': choice.kind, 'data-version': choice.version });
  void qrSvg(choice).then((svg) => {
    // a data: image: the SVG is displayed, never parsed into the page
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  });
  // sized by its modules (17 + 4 × version, and a quiet zone of 4 each side), so a dense one stays big enough to scan
  return h('figure', { class: 'fac-qr', style: `--qr-modules: ${17 + 4 * choice.version + 8}` }, img, h('figcaption', { class: 'hint' }, caption));
}
