/**
 * Where a bundled icon is served: public/art/emoji/<name>.svg (Fluent Emoji
 * Flat, extracted by assets/emoji/extract-emoji.mjs), under the site's base.
 * One address for the town's loader (src/game/art.ts) and the page's icons
 * (src/ui/kit/emoji.ts).
 */
export function emojiUrl(name: string): string {
  return `${import.meta.env.BASE_URL ?? '/'}art/emoji/${name}.svg`;
}
