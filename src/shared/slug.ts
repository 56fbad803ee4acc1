/** Slugs of headings and titles: the lab's model page anchors and the names of downloaded files. */

export function anchorSlug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** A file name's stem from a title: its anchor slug, cut to 60 characters. */
export function fileSlug(text: string): string {
  return anchorSlug(text).slice(0, 60) || 'chart';
}
