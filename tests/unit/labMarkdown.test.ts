/** The model documentation's blocks, as the lab's safe renderer reads docs/MODEL.md. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBlocks } from '../../src/ui/kit/markdown';
import { anchorSlug as slug } from '../../src/shared/slug';

const model = readFileSync(new URL('../../docs/MODEL.md', import.meta.url), 'utf8');

describe('markdown blocks', () => {
  it('reads headings, tables, code, lists and bold-led paragraphs with anchors', () => {
    const blocks = parseBlocks('# Title\n\nA **bold** start.\n\n**Quota** (x). Text\nmore.\n\n    code line\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n\n- one\n- two\n<!-- hidden -->');
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'paragraph', 'code', 'table', 'list']);
    expect(blocks[0].id).toBe('title');
    expect(blocks[1].id).toBeUndefined();
    expect(blocks[2].id).toBe('quota');
    expect(blocks[3].lines).toEqual(['code line']);
    expect(blocks[4].lines).toHaveLength(3);
    expect(blocks[5].lines).toEqual(['one', 'two']);
  });

  it('gives repeated titles distinct anchors', () => {
    const ids = parseBlocks('## A\n\n## A\n\n**A** x').map((b) => b.id);
    expect(ids).toEqual(['a', 'a-2', 'a-3']);
  });

  it('finds every heading of MODEL.md, each anchor unique', () => {
    const blocks = parseBlocks(model);
    const ids = blocks.filter((b) => b.id).map((b) => b.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain(slug('3.3 Submodels'));
    expect(ids).toContain('quota');
    expect(blocks.some((b) => b.kind === 'table' && b.lines.some((l) => l.includes('plan.commissionRate')))).toBe(true);
  });
});
