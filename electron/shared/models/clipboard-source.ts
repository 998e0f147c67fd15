/**
 * The address a copied or dragged selection came from, where the platform puts one beside it:
 * `text/uri-list` (one address a line, `#` lines are comments) or Firefox's `text/x-moz-url`
 * (the address, then its title on the next line). Undefined when neither holds a web address.
 */
export function sourceUrlOf(read: (type: string) => string): string | undefined {
  for (const type of ['text/uri-list', 'text/x-moz-url']) {
    const line = read(type)
      .split(/\r?\n/)
      .map((l) => l.trim())
      .find((l) => l && !l.startsWith('#'));
    if (line && /^https?:\/\/\S+$/i.test(line)) return line;
  }
  return undefined;
}
