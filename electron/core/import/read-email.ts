import type { Paste } from '../clipper/draft-from-paste.js';

/**
 * A saved e-mail (.eml) as the text a user would paste from their mail client: the From, Date and
 * Subject lines, then the body (plain text preferred, HTML through the HTML path otherwise).
 * The clipper already knows such headers are not the article.
 */
export async function readEmail(raw: string): Promise<Paste> {
  const { default: PostalMime } = await import('postal-mime');
  const mail = await PostalMime.parse(raw);
  const from = mail.from ? [mail.from.name, mail.from.address ? `<${mail.from.address}>` : ''].filter(Boolean).join(' ') : '';
  const header = [
    ['From', from],
    ['Date', mail.date ?? ''],
    ['Subject', mail.subject ?? ''],
  ]
    .filter(([, value]) => value)
    .map(([label, value]) => `${label}: ${value}`)
    .join('\n');
  if (mail.text?.trim()) return { text: `${header}\n\n${mail.text.trim()}\n` };
  if (mail.html?.trim()) return { text: '', html: mail.html };
  return { text: header ? `${header}\n` : '' };
}
