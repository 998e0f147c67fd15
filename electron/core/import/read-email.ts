/**
 * A saved e-mail (.eml) as the text a user would paste from their mail client: the From, Date and
 * Subject lines, then the body. The clipper already knows such headers are not the article.
 * Handles the common shapes of forwarded news: plain or multipart, quoted-printable or base64.
 */

interface Part {
  headers: Map<string, string>;
  body: string;
}

function splitPart(raw: string): Part {
  const text = raw.replace(/\r\n/g, '\n');
  const end = text.indexOf('\n\n');
  const head = end < 0 ? text : text.slice(0, end);
  const body = end < 0 ? '' : text.slice(end + 2);
  const headers = new Map<string, string>();
  for (const line of head.replace(/\n[ \t]+/g, ' ').split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body };
}

function decodeBytes(bytes: Uint8Array, charset: string): string {
  try {
    return new TextDecoder(charset || 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

function decodeBody(part: Part): string {
  const encoding = (part.headers.get('content-transfer-encoding') ?? '').toLowerCase();
  const charset = /charset="?([^";\s]+)"?/i.exec(part.headers.get('content-type') ?? '')?.[1] ?? 'utf-8';
  if (encoding === 'base64') return decodeBytes(Buffer.from(part.body.replace(/\s+/g, ''), 'base64'), charset);
  if (encoding === 'quoted-printable') {
    const soft = part.body.replace(/=\n/g, '');
    const bytes: number[] = [];
    for (let i = 0; i < soft.length; i++) {
      const hex = soft[i] === '=' ? /^[0-9A-F]{2}/i.exec(soft.slice(i + 1, i + 3)) : null;
      if (hex) {
        bytes.push(parseInt(hex[0], 16));
        i += 2;
      } else {
        bytes.push(...Buffer.from(soft[i]!, 'utf8'));
      }
    }
    return decodeBytes(Uint8Array.from(bytes), charset);
  }
  return part.body;
}

/** RFC 2047 encoded words in headers (=?utf-8?B?…?=), as mail clients write non-ASCII subjects. */
function decodeHeader(value: string): string {
  return value.replace(/=\?([^?]+)\?([bq])\?([^?]*)\?=/gi, (_m, charset: string, kind: string, data: string) => {
    if (kind.toLowerCase() === 'b') return decodeBytes(Buffer.from(data, 'base64'), charset);
    const bytes = Buffer.from(data.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1');
    return decodeBytes(bytes, charset);
  });
}

/** The first text part, preferring plain text; HTML is returned separately for the HTML path. */
function findText(part: Part, depth = 0): { text?: string; html?: string } {
  const type = (part.headers.get('content-type') ?? 'text/plain').toLowerCase();
  if (type.startsWith('multipart/') && depth < 5) {
    const boundary = /boundary="?([^";]+)"?/i.exec(part.headers.get('content-type') ?? '')?.[1];
    if (!boundary) return { text: part.body };
    const found: { text?: string; html?: string } = {};
    for (const chunk of part.body.split(`--${boundary}`).slice(1)) {
      if (chunk.startsWith('--')) break;
      const inner = findText(splitPart(chunk.replace(/^\n/, '')), depth + 1);
      found.text ??= inner.text;
      found.html ??= inner.html;
    }
    return found;
  }
  if (type.startsWith('text/html')) return { html: decodeBody(part) };
  if (type.startsWith('text/')) return { text: decodeBody(part) };
  return {};
}

export function readEmail(raw: string): { text: string; html?: string } {
  const message = splitPart(raw);
  const header = ['from', 'date', 'subject']
    .filter((h) => message.headers.has(h))
    .map((h) => `${h[0]!.toUpperCase()}${h.slice(1)}: ${decodeHeader(message.headers.get(h)!)}`)
    .join('\n');
  const { text, html } = findText(message);
  if (text !== undefined) return { text: `${header}\n\n${text.trim()}\n` };
  if (html !== undefined) return { text: '', html };
  return { text: `${header}\n\n${message.body}` };
}
