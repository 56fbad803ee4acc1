/**
 * The imsmanifest.xml of a SCORM 1.2 package: one organization with one item,
 * launching one SCO (the built site's index.html) whose resource lists every
 * file of the package. IMS Content Packaging 1.1.2 with ADL's SCORM 1.2
 * extensions (adlcp:scormtype), as ADL's CAM 1.2 describes.
 */

export interface ManifestOptions {
  /** the package's identifier, unique per course */
  identifier: string;
  title: string;
  /** the item's title as the LMS's table of contents shows it */
  itemTitle: string;
  /** the SCO's launch page, relative to the package root */
  launch: string;
  /** every file of the SCO, relative to the package root, with forward slashes */
  files: readonly string[];
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
export const xmlEscape = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]);

/** An href inside the manifest: a URI reference, so each path segment is percent-encoded, then XML-escaped. */
const href = (path: string) => xmlEscape(path.split('/').map(encodeURIComponent).join('/'));

export function scormManifest(o: ManifestOptions): string {
  if (!o.files.includes(o.launch)) throw new Error(`the launch page ${o.launch} is not among the package's files`);
  const id = xmlEscape(o.identifier);
  const files = [...o.files].sort().map((f) => `      <file href="${href(f)}"/>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest identifier="${id}" version="1.0"`,
    '    xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"',
    '    xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">',
    '  <metadata>',
    '    <schema>ADL SCORM</schema>',
    '    <schemaversion>1.2</schemaversion>',
    '  </metadata>',
    `  <organizations default="${id}-org">`,
    `    <organization identifier="${id}-org">`,
    `      <title>${xmlEscape(o.title)}</title>`,
    `      <item identifier="${id}-item" identifierref="${id}-sco" isvisible="true">`,
    `        <title>${xmlEscape(o.itemTitle)}</title>`,
    '      </item>',
    '    </organization>',
    '  </organizations>',
    '  <resources>',
    `    <resource identifier="${id}-sco" type="webcontent" adlcp:scormtype="sco" href="${href(o.launch)}">`,
    ...files,
    '    </resource>',
    '  </resources>',
    '</manifest>',
    '',
  ].join('\n');
}
