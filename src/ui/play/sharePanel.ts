/**
 * The debrief's "hand in / share this run" panel: the run code in a
 * read-only field with a copy button, the replay link, its QR code, and the
 * run's downloads (weekly CSV, JSON) and print. Where the browser has a
 * system share sheet (the Web Share API, on phones mostly) a Share button
 * sends the code and the link through it, and a phone's screen leaves the QR
 * code out (it is for another device's camera, on a desktop's screen).
 */
import './sharePanel.css';
import { t } from '../../i18n';
import { announce, h } from '../kit/dom';
import { knownScenarios } from '../kit/scenarioField';
import { fileStem, replayLink, runJson, sessionCode, weeklyCsv } from '../../play/exports';
import { downloadText } from '../kit/download';
import { chooseQr, qrSvg, QR_MAX_BYTES } from '../kit/qr';
import type { Session } from '../../play/session';
import { button } from '../shell/header';

/** Selects a field's text, or an element's, so that the person can copy it by hand. */
function select(el: HTMLElement): void {
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) {
    el.focus();
    el.select();
    return;
  }
  const range = document.createRange();
  range.selectNodeContents(el);
  const sel = getSelection();
  sel?.removeAllRanges();
  sel?.addRange(range);
}

/** Copies text: the clipboard API, else the selected text and the old copy command; says what happened. */
async function copy(text: string, shown: HTMLElement, done: string, status: HTMLElement): Promise<void> {
  let ok = false;
  try {
    await navigator.clipboard.writeText(text);
    ok = true;
  } catch {
    select(shown);
    try {
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    }
  }
  if (!ok) select(shown);
  const message = ok ? done : t('share.copyFailed');
  status.textContent = message;
  status.classList.toggle('copy-failed', !ok);
  announce(message);
}

/** The run for the system's share sheet, if the browser has one that takes it. */
function shareData(code: string, link: string): ShareData | null {
  const data: ShareData = { title: t('share.sheetTitle'), text: t('share.sheetText', { code }), url: link };
  if (typeof navigator.share !== 'function') return null;
  return typeof navigator.canShare !== 'function' || navigator.canShare(data) ? data : null;
}

/** Opens the share sheet; the person closing it is no error, a sheet that fails falls back to copying the link. */
async function shareRun(data: ShareData, status: HTMLElement, fallback: () => Promise<void>): Promise<void> {
  try {
    await navigator.share(data);
  } catch (err) {
    if ((err as { name?: unknown } | null)?.name === 'AbortError') {
      status.textContent = '';
      return;
    }
    await fallback();
    return;
  }
  status.textContent = t('share.shared');
  status.classList.remove('copy-failed');
  announce(t('share.shared'));
}

function qrFigure(link: string, code: string): HTMLElement {
  const choice = chooseQr(link, code);
  if (choice.kind === 'none') return h('p', { class: 'hint qr-none', 'data-testid': 'qr-none' }, t('share.qrTooLong', { chars: choice.chars, max: QR_MAX_BYTES }));
  const caption = t(choice.kind === 'link' ? 'share.qrLink' : 'share.qrCode');
  // sized by its modules (a version-v symbol is 17 + 4v across, plus a 4-module quiet zone each side), so each stays big enough to scan
  const modules = 17 + 4 * choice.version + 8;
  const img = h('img', { class: 'qr', alt: caption, width: 220, height: 220, 'data-testid': 'qr', 'data-kind': choice.kind, 'data-version': choice.version });
  void qrSvg(choice).then((svg) => {
    // a data: image: the SVG is displayed, never parsed into the page
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  });
  return h('figure', { class: 'qr-figure', style: `--qr-modules: ${modules}` }, img, h('figcaption', { class: 'hint' }, caption));
}

export function sharePanel(session: Session): HTMLElement {
  const code = sessionCode(session);
  // a game on a class scenario: this browser knows it (its replays open), and the link carries its code
  if (session.custom) knownScenarios.learn(session.custom.def);
  const link = replayLink(code, location, session.custom?.code);
  const status = h('p', { class: 'copy-status', role: 'status', 'data-testid': 'copy-status' });
  const codeField = h('textarea', { id: 'run-code', class: 'code-field', readonly: true, rows: 3, spellcheck: 'false', 'data-testid': 'run-code' });
  codeField.value = code;
  codeField.addEventListener('focus', () => codeField.select());
  const linkAnchor = h('a', { href: link, 'data-testid': 'run-link' }, link);
  const stem = fileStem(session);
  const sheet = shareData(code, link);
  const shareBtn = sheet
    ? button(t('share.sheet'), () => void shareRun(sheet, status, () => copy(link, linkAnchor, t('share.sheetFallback'), status)), { class: 'btn btn-primary', 'data-testid': 'share-sheet' })
    : null;
  return h(
    'section',
    { class: `card share-panel${sheet ? ' can-share' : ''}`, 'data-testid': 'share-panel' },
    h('h2', {}, t('share.heading')),
    h('p', { class: 'hint' }, t('share.help')),
    h(
      'div',
      { class: 'share-grid' },
      h(
        'div',
        { class: 'share-fields' },
        h('label', { for: 'run-code' }, t('share.code')),
        codeField,
        h('p', { class: 'print-only code-print' }, code),
        h('div', { class: 'actions share-actions' }, shareBtn, button(t('share.copy'), () => void copy(code, codeField, t('share.copied'), status), { class: sheet ? 'btn' : 'btn btn-primary', 'data-testid': 'copy-code' })),
        status,
        h('p', { class: 'share-link-label' }, t('share.link')),
        h('p', { class: 'share-link' }, linkAnchor),
        h('div', { class: 'actions share-actions' }, button(t('share.copyLink'), () => void copy(link, linkAnchor, t('share.linkCopied'), status), { class: 'btn btn-small', 'data-testid': 'copy-link' })),
      ),
      qrFigure(link, code),
    ),
    h('h3', { class: 'share-downloads' }, t('share.downloads')),
    h(
      'div',
      { class: 'actions share-actions' },
      button(t('share.csv'), () => downloadText(`${stem}.csv`, weeklyCsv(session), 'text/csv'), { class: 'btn btn-small', 'data-testid': 'download-csv' }),
      button(t('share.json'), () => downloadText(`${stem}.json`, runJson(session), 'application/json'), { class: 'btn btn-small', 'data-testid': 'download-json' }),
      button(t('share.print'), () => window.print(), { class: 'btn btn-small', 'data-testid': 'print', title: t('share.printHelp') }),
    ),
  );
}
