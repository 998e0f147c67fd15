/** The file kinds a dossier is written as: printed PDF, self-contained HTML, or plain Markdown. */
export const DOSSIER_FORMATS = ['pdf', 'html', 'md'] as const;
export type DossierFormat = (typeof DOSSIER_FORMATS)[number];

/** How a dossier's clips are ordered: as given (a collection's hand-set order), or by publication date. */
export const DOSSIER_ORDERS = ['collection', 'date-asc', 'date-desc'] as const;
export type DossierOrder = (typeof DOSSIER_ORDERS)[number];

/** What the builder offers as a download: the dossier's three formats, and the lossless JSON export of its clips. */
export const DOWNLOAD_FORMATS = [...DOSSIER_FORMATS, 'json'] as const;
export type DownloadFormat = (typeof DOWNLOAD_FORMATS)[number];
