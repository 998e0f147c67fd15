import { describe, expect, it } from 'vitest';
import { asBlock, escapeInline, escapeParagraph, safeLinkTarget } from '../../../electron/core/dossier/md/escape-markdown.js';

describe('clip text in a Markdown dossier', () => {
  it('cannot open inline markup: emphasis, code, links, HTML, highlights, strikethrough, tables', () => {
    expect(escapeInline('*a* _b_ `c` [d](e) <f> ==g== ~~h~~ | i \\ j')).toBe(
      '\\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) \\<f\\> \\=\\=g\\=\\= \\~\\~h\\~\\~ \\| i \\\\ j',
    );
  });

  it('keeps an ampersand as written, even one that looks like a character reference', () => {
    expect(escapeInline('AT&T &amp; &#39;')).toBe('AT&T \\&amp; \\&#39;');
  });

  it('cannot open a block at the start of a line: heading, list, numbered item, rule, code block', () => {
    expect(escapeParagraph('# Not a heading')).toBe('\\# Not a heading');
    expect(escapeParagraph('- not a list')).toBe('\\- not a list');
    expect(escapeParagraph('+ not a list')).toBe('\\+ not a list');
    expect(escapeParagraph('1984. A year')).toBe('1984\\. A year');
    expect(escapeParagraph('3) third')).toBe('3\\) third');
    expect(escapeParagraph('---')).toBe('\\---');
    expect(escapeParagraph('    indented')).toBe('indented');
    expect(escapeParagraph('> not a quote')).toBe('\\> not a quote');
  });

  it('stays one block: line breaks become hard breaks, blank lines cannot split it', () => {
    expect(escapeParagraph('first line\nsecond line\n\n# third')).toBe('first line\\\nsecond line\\\n\\# third');
    expect(asBlock('a\r\nb')).toBe('a\\\nb');
  });

  it('links only web and mail addresses that need no escaping', () => {
    expect(safeLinkTarget('https://example.org/a?b=c')).toBe('<https://example.org/a?b=c>');
    expect(safeLinkTarget('javascript:alert(1)')).toBeNull();
    expect(safeLinkTarget('https://example.org/a b')).toBeNull();
    expect(safeLinkTarget('https://example.org/<x>')).toBeNull();
    expect(safeLinkTarget(null)).toBeNull();
  });
});
