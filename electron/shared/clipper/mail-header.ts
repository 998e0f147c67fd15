import type { Line } from './lines.js';

/**
 * The header a mail client writes above a forwarded message (`From:`, `Date:`, `Subject:`; `Von:`,
 * `Gesendet:`, `Betreff:`; `De :`, `Envoyé :`, `Objet :`; `От:`, `Тема:`; `发件人：`, `主题：`). Its
 * sender is the forwarder, its date the day of the forward and its subject the forwarder's words,
 * so none of them is the story's byline, date or headline.
 */

// The line a client sets over the forwarded message: `---------- Forwarded message ---------`,
// `-------- Message transféré --------`, `-----Ursprüngliche Nachricht-----`, `Begin forwarded message:`.
export const MAIL_SEPARATOR = new RegExp(
  String.raw`^(?:-{2,}\s*(?:forwarded message|original message|weitergeleitete nachricht|ursprüngliche nachricht|message transféré|message d['’]origine|message original|пересылаемое сообщение|исходное сообщение|переслане повідомлення|пересланий лист|оригінальне повідомлення|转发的邮件|原始邮件)\s*-*|(?:begin forwarded message|anfang der weitergeleiteten nachricht|début du message réexpédié|начало пересылаемого сообщения)\s*:?)$`,
  'iu',
);
// Who sent it: one of these opens every client's header.
const SENDER_LABEL = String.raw`from|von|de|от|від|发件人`;
// What else a header states: the date, the subject, whom it went to.
const OTHER_LABEL = String.raw`to|cc|bcc|date|sent|subject|reply-to|an|gesendet|datum|betreff|kopie|à|pour|envoyé|objet|sujet|кому|дата|тема|отправлено|копия|надіслано|копія|收件人|抄送|发送时间|主题`;
const labelled = (labels: string) => new RegExp(String.raw`^(?:${labels})\s*[:：]\s*\S`, 'iu');
const SENDER_LINE = labelled(SENDER_LABEL);
/** A line of a mail header: `Subject: …`, `Gesendet: …`, `Objet : …`. */
export const MAIL_HEADER_LINE = labelled(`${SENDER_LABEL}|${OTHER_LABEL}`);

// A forward's header stands near the top of the paste, under at most a note from the forwarder.
const HEADER_REACH = 20;

/**
 * The lines of a forwarded message's header near the top of the paste: its separator line, and a run
 * of labelled lines that names a sender and something else (a date, a subject, a recipient). A
 * lone `Von: …` or `From: …` line is not taken for one, since a credit may be written so.
 */
export function mailHeaderLines(lines: readonly Line[]): number[] {
  const found: number[] = [];
  const top = Math.min(lines.length, HEADER_REACH);
  for (let i = 0; i < top; i++) {
    if (MAIL_SEPARATOR.test(lines[i]!.text)) {
      found.push(i);
      continue;
    }
    let end = i;
    while (end < lines.length && MAIL_HEADER_LINE.test(lines[end]!.text)) end++;
    const run = lines.slice(i, end).map((l) => l.text);
    if (run.length >= 2 && run.some((t) => SENDER_LINE.test(t)) && run.some((t) => !SENDER_LINE.test(t))) {
      for (let k = i; k < end; k++) found.push(k);
    }
    i = Math.max(i, end - 1);
  }
  return found;
}
