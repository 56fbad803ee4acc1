#!/usr/bin/env node
/**
 * Copies the few Fluent Emoji Flat icons the game draws (MIT, Microsoft,
 * via @iconify-json/fluent-emoji-flat) into public/art/emoji as plain SVG
 * files, so the game loads them from its own origin and the 9 MB icon set
 * never reaches the bundle. Run: node assets/emoji/extract-emoji.mjs
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', '..', 'public', 'art', 'emoji');
const require = createRequire(import.meta.url);
const set = JSON.parse(readFileSync(require.resolve('@iconify-json/fluent-emoji-flat/icons.json'), 'utf8'));
const names = JSON.parse(readFileSync(join(here, 'emoji-list.json'), 'utf8'));

mkdirSync(out, { recursive: true });
for (const name of names) {
  const icon = set.icons[name];
  if (!icon) throw new Error(`no icon ${name}`);
  const w = icon.width ?? set.width ?? 32;
  const h = icon.height ?? set.height ?? 32;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">${icon.body}</svg>\n`;
  writeFileSync(join(out, `${name}.svg`), svg);
}
writeFileSync(
  join(out, 'LICENSE.md'),
  'Fluent Emoji Flat, © Microsoft Corporation, MIT licence\n' +
    '(https://github.com/microsoft/fluentui-emoji/blob/main/LICENSE),\n' +
    'copied from the @iconify-json/fluent-emoji-flat npm package by assets/emoji/extract-emoji.mjs.\n',
);
console.log(`${names.length} icons written to ${out}`);
