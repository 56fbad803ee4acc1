/**
 * Printing the debrief and the class view in Chromium: A4 and Letter PDFs
 * that are not empty and not endless (the debrief on at most three pages, none
 * more than a third empty), and, under print media at each page's
 * printable width, every chart inside the page and drawn at that size with
 * type of 8 pt or more, the controls gone, and the code (once, on a line or
 * two), its QR code, the key moments and the questions (or the class's table,
 * its header repeated on every page) kept. Projector mode stays off paper.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { click, openPage, shot, waitFor } from './helpers/browser';
import { classFixture } from './helpers/classCodes';
import { openDebrief, PLAYED } from './helpers/debrief';
import { useSite } from './helpers/lifecycle';
import { pdfPageCount } from './helpers/pdf';
import { printedPages } from './helpers/printPages';
import { ROOT } from './helpers/site';

const site = useSite();
const MM = 96 / 25.4;
/** Printable width and height in CSS px: the paper less the 12 mm margins of print.css's @page. */
const PAPERS = [
  { format: 'A4', width: Math.floor((210 - 24) * MM), height: (297 - 24) * MM },
  { format: 'Letter', width: Math.floor((215.9 - 24) * MM), height: (279.4 - 24) * MM },
] as const;
/** 8 pt in CSS px (a chart is drawn at its printed size, 96 px to the inch) */
const EIGHT_PT = (8 * 96) / 72;


async function layoutUnderPrint(page: Page, width: number) {
  await page.setViewportSize({ width, height: 1100 });
  await page.emulateMedia({ media: 'print' });
  // Chart.js follows its container once the resize observer and the print-media listener have run: wait for every
  // chart's bitmap to match its box (the checks below say which one does not, should it never)
  await page
    .waitForFunction(() => [...document.querySelectorAll<HTMLCanvasElement>('figure.chart canvas')].every((c) => Math.abs(c.width / devicePixelRatio - c.getBoundingClientRect().width) < 2), undefined, { timeout: 5_000 })
    .catch(() => undefined);
  return page.evaluate(() => {
    const visible = (sel: string) => [...document.querySelectorAll<HTMLElement>(sel)].filter((e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden');
    return {
      charts: [...document.querySelectorAll('figure.chart canvas')].map((c) => {
        const r = c.getBoundingClientRect();
        // drawn at the printed size, not a screen-sized bitmap scaled down
        const drawn = (c as HTMLCanvasElement).width / devicePixelRatio;
        return { left: r.left, right: r.right, width: r.width, height: r.height, drawn };
      }),
      docWidth: document.documentElement.scrollWidth,
      buttons: visible('button').length,
      codeText: visible('.code-print').map((e) => e.textContent ?? ''),
      codeLines: visible('.code-print').map((e) => Math.round(e.getBoundingClientRect().height / parseFloat(getComputedStyle(e).lineHeight))),
      codeFont: visible('.code-print').map((e) => parseFloat(getComputedStyle(e).fontSize)),
      linkText: visible('.share-link').length,
      chartFonts: [...document.querySelectorAll<HTMLElement>('figure.chart canvas')].map((c) => Number(c.dataset.fontPx)),
      qr: visible('[data-testid="qr"]').length,
      moments: visible('[data-testid="moments"] li').length,
      questions: visible('.questions li').length,
      stage: visible('#stage canvas').length,
      rootFont: getComputedStyle(document.documentElement).fontSize,
      tableRight: Math.max(0, ...visible('table').map((e) => e.getBoundingClientRect().right)),
    };
  });
}

it('prints the debrief on A4 and on Letter', async () => {
  const { page, problems } = await openPage(site.browser, site.url);
  await openDebrief(page, site.url, 'founder', 'print-3', PLAYED);
  const code = await page.getByTestId('run-code').inputValue();
  const out = join(ROOT, 'test-results', 'print');
  mkdirSync(out, { recursive: true });

  for (const paper of PAPERS) {
    const pdf = await page.pdf({ format: paper.format, printBackground: true });
    writeFileSync(join(out, `debrief-${paper.format}.pdf`), pdf);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(20_000);
    const pages = pdfPageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages, `${paper.format} pages`).toBeLessThanOrEqual(3);

    const layout = await layoutUnderPrint(page, paper.width);
    // the pages as the layout under print media breaks them (the same count as the PDF's): none more than a third empty
    const printed = await page.evaluate(printedPages, paper.height);
    expect(printed.pages, `${paper.format}: pages worked out from the layout, against the PDF's`).toBe(pages);
    for (const [i, fill] of printed.fills.entries()) expect(fill, `${paper.format} page ${i + 1} filled`).toBeGreaterThanOrEqual(2 / 3);
    expect(layout.charts.length).toBe(6);
    for (const c of layout.charts) {
      expect(c.left).toBeGreaterThanOrEqual(0);
      expect(c.right).toBeLessThanOrEqual(paper.width + 0.5);
      expect(c.width).toBeGreaterThan(paper.width / 3);
      expect(c.height).toBeGreaterThan(100);
      expect(Math.abs(c.drawn - c.width)).toBeLessThan(2);
    }
    expect(layout.docWidth).toBeLessThanOrEqual(paper.width);
    expect(layout.buttons).toBe(0);
    expect(layout.rootFont).toBe('14px'); // 10.5pt
    expect(layout.stage).toBe(0);
    // the code once, small, on a line or two; the link is in the QR code, not printed again
    expect(layout.codeText).toEqual([code]);
    expect(layout.codeLines[0]).toBeLessThanOrEqual(2);
    expect(layout.codeFont[0]).toBeLessThanOrEqual(10);
    expect(layout.linkText).toBe(0);
    for (const size of layout.chartFonts) expect(size, 'chart type on paper, px').toBeGreaterThanOrEqual(EIGHT_PT);
    expect(layout.qr).toBe(1);
    expect(layout.moments).toBeGreaterThan(0);
    expect(layout.questions).toBe(5);
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, `45-print-${paper.format}`);
    await page.emulateMedia({ media: null });
    await page.setViewportSize({ width: 1280, height: 720 });
  }
  expect(problems).toEqual([]);
}, 600_000);

it('prints the class view, in projector mode too, on A4 and on Letter', async () => {
  const fx = classFixture(30);
  const { page, problems } = await openPage(site.browser, site.url);
  await page.goto(`${site.url}#/class`);
  await waitFor(page, 'class-view');
  await click(page, 'projector-toggle');
  await page.getByTestId('class-paste').fill(fx.codes.join('\n'));
  await click(page, 'class-load');
  await expect.poll(() => page.getByTestId('class-progress').textContent(), { timeout: 120_000 }).toContain('30 runs loaded');
  await page.getByTestId('class-scatter-canvas').waitFor();
  for (const paper of PAPERS) {
    const pdf = await page.pdf({ format: paper.format, printBackground: true });
    writeFileSync(join(ROOT, 'test-results', 'print', `class-${paper.format}.pdf`), pdf);
    const pages = pdfPageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(4);
    const layout = await layoutUnderPrint(page, paper.width);
    expect(layout.rootFont).toBe('14px');
    const scatter = await page.getByTestId('class-scatter-canvas').evaluate((c) => {
      const r = c.getBoundingClientRect();
      return { right: r.right, width: r.width, drawn: (c as HTMLCanvasElement).width / devicePixelRatio, font: Number(c.dataset.fontPx) };
    });
    expect(scatter.font, 'the scatter\'s type on paper, px').toBeGreaterThanOrEqual(EIGHT_PT);
    // the table's header repeats on every page, its sort buttons printed as their text (a header row holding a button
    // is left blank where Chromium repeats it), and no row is split between two pages
    const table = await page.evaluate(() => {
      const thead = document.querySelector('[data-testid="class-view"] table thead');
      return {
        group: thead ? getComputedStyle(thead).display : '',
        buttons: [...(thead?.querySelectorAll('button') ?? [])].filter((b) => getComputedStyle(b).display !== 'contents' && b.getClientRects().length > 0).length,
        headings: [...(thead?.querySelectorAll('th') ?? [])].filter((th) => th.getClientRects().length > 0).map((th) => (th.textContent ?? '').trim()),
        rows: [...document.querySelectorAll('[data-testid="class-row"]')].every((r) => getComputedStyle(r).breakInside === 'avoid'),
      };
    });
    expect(table.group).toBe('table-header-group');
    expect(table.buttons).toBe(0);
    expect(table.headings.filter(Boolean).length).toBeGreaterThanOrEqual(6);
    expect(table.rows).toBe(true);
    expect(scatter.right).toBeLessThanOrEqual(paper.width + 0.5);
    expect(Math.abs(scatter.drawn - scatter.width)).toBeLessThan(2);
    expect(layout.tableRight).toBeLessThanOrEqual(paper.width + 0.5);
    expect(layout.docWidth).toBeLessThanOrEqual(paper.width);
    // the table's sort headings stay as text; nothing else a button
    const visibleButtons = await page.evaluate(() => [...document.querySelectorAll('button')].filter((b) => b.getClientRects().length > 0 && !b.closest('th')).length);
    expect(visibleButtons).toBe(0);
    await expect(page.getByTestId('class-row').first().isVisible()).resolves.toBe(true);
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, `46-print-class-${paper.format}`);
    await page.emulateMedia({ media: null });
    await page.setViewportSize({ width: 1280, height: 720 });
  }
  expect(problems).toEqual([]);
}, 600_000);
