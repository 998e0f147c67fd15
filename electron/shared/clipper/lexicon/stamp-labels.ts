/**
 * The words a timestamp labels its date with, one list per meaning, lower-cased: English, French,
 * German, Russian and Ukrainian, Spanish, Italian, Portuguese, Dutch and Indonesian, the other
 * languages of Europe's press, Turkish and Chinese.
 */

/** `Published`, `Publié le`, `Publicerad`, `Opublikowano`, `Yayınlanma tarihi`: the day the story came out. */
export const PUBLISHED_LABELS: readonly string[] = [
  'published',
  'posted',
  'first published',
  'publié',
  'publiée',
  'veröffentlicht',
  'publiziert',
  'erschienen',
  'publicado',
  'publicada',
  'pubblicato',
  'gepubliceerd',
  'geplaatst',
  'diterbitkan',
  'dipublikasikan',
  'diposting',
  'опубликовано',
  'опубліковано',
  'дата публикации',
  'дата публікації',
  'публикувано',
  'објављено',
  'publicerad',
  'publicerat',
  'publiceret',
  'publisert',
  'julkaistu',
  'opublikowano',
  'publikováno',
  'zveřejněno',
  'publikované',
  'uverejnené',
  'objavljeno',
  'publicat',
  'közzétéve',
  'megjelent',
  'yayınlandı',
  'yayınlanma',
  'yayınlanma tarihi',
  'yayın tarihi',
  'data publikacji',
  'datum objave',
  'datum zveřejnění',
  'δημοσιεύθηκε',
  'δημοσίευση',
  'paskelbta',
  'publicēts',
  'avaldatud',
  '发布时间',
  '发布',
  '發佈',
];

/** `Updated`, `Mis à jour`, `Stand`, `Uppdaterad`, `Aktualizováno`, `Güncellendi`: the day it was last changed. */
export const UPDATED_LABELS: readonly string[] = [
  'updated',
  'last updated',
  'modified',
  'last modified',
  'last update',
  'laatste update',
  'dernière mise à jour',
  'ultimo aggiornamento',
  'última actualización',
  'última atualização',
  'mis à jour',
  'modifié',
  'modifiée',
  'actualisé',
  'actualisée',
  'aktualisiert',
  'stand',
  'actualizado',
  'atualizado',
  'aggiornato',
  'bijgewerkt',
  'diperbarui',
  'обновлено',
  'оновлено',
  'изменено',
  'обновено',
  'ажурирано',
  'uppdaterad',
  'uppdaterat',
  'opdateret',
  'oppdatert',
  'päivitetty',
  'zaktualizowano',
  'aktualizacja',
  'aktualizováno',
  'aktualizované',
  'ažurirano',
  'posodobljeno',
  'actualizat',
  'actualitzat',
  'frissítve',
  'güncellendi',
  'güncelleme',
  'son güncelleme',
  'ενημερώθηκε',
  'ενημέρωση',
  'atnaujinta',
  'atjaunināts',
  'uuendatud',
  '更新',
  '更新时间',
];

/** `Date:`, `Datum:`, `Tarih:`: a label that names no event. */
export const DATE_LABELS: readonly string[] = [
  'date',
  'datum',
  'data',
  'fecha',
  'dato',
  'dátum',
  'tarih',
  'päivämäärä',
  'ημερομηνία',
  'дата',
];

/** The word between a label and its date (`Published on`, `Publié le`, `Publikováno dne`). */
export const LABEL_LINKS: readonly string[] = ['on', 'le', 'am', 'em', 'el', 'il', 'op', 'pada', 'den', 'dne', 'dňa'];

/** The word before a time of day (`at 6:40`, `à 18h05`, `kl 07.30`, `klo 9.05`, `godz. 14:30`, `saat 09.15`). */
export const TIME_WORDS: readonly string[] = [
  'at',
  'à',
  'às',
  'um',
  'uhr',
  'a las',
  'alle',
  'om',
  'pukul',
  'kl',
  'klo',
  'godz',
  'saat',
  'ob',
  'ora',
  'в',
  'о',
];

/** An alternation of the phrases of lists, longest first, for a regular expression. */
export const alternation = (...lists: ReadonlyArray<readonly string[]>): string =>
  [...new Set(lists.flat())].sort((a, b) => b.length - a.length).join('|');

/**
 * The words a timestamp's label uses (`Last Updated -`, `Publié le`, `Publicerad`): they name no one
 * and no place. The short words of a label's phrase (`son` of `son güncelleme`) are names too.
 */
export const STAMP_WORD = new RegExp(
  `^(?:${alternation(
    [...PUBLISHED_LABELS, ...UPDATED_LABELS, ...DATE_LABELS].flatMap((label) => label.split(' ')).filter((w) => [...w].length > 3),
    ['mis', 'time', 'today', 'yesterday'],
  )})$`,
  'iu',
);
