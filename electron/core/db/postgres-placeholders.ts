/**
 * Rewrites the `?` placeholders `sql` writes into PostgreSQL's `$1, $2…`, leaving alone any `?`
 * inside a string, a quoted name, a dollar-quoted body or a comment.
 */
export function numberPlaceholders(text: string): string {
  let out = '';
  let n = 0;
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    const skipTo = literalEnd(text, i);
    if (skipTo > i) {
      out += text.slice(i, skipTo);
      i = skipTo;
    } else if (ch === '?') {
      out += `$${++n}`;
      i++;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

/** Where the string, quoted name, dollar quote or comment starting at `i` ends; `i` when none starts there. */
function literalEnd(text: string, i: number): number {
  const ch = text[i]!;
  if (ch === "'" || ch === '"') {
    let j = i + 1;
    for (;;) {
      const close = text.indexOf(ch, j);
      if (close < 0) return text.length;
      if (text[close + 1] === ch) j = close + 2;
      else return close + 1;
    }
  }
  if (ch === '-' && text[i + 1] === '-') {
    const eol = text.indexOf('\n', i);
    return eol < 0 ? text.length : eol;
  }
  if (ch === '/' && text[i + 1] === '*') {
    const close = text.indexOf('*/', i + 2);
    return close < 0 ? text.length : close + 2;
  }
  if (ch === '$') {
    const tag = /^\$[A-Za-z_]*\$/.exec(text.slice(i))?.[0];
    if (tag) {
      const close = text.indexOf(tag, i + tag.length);
      return close < 0 ? text.length : close + tag.length;
    }
  }
  return i;
}
