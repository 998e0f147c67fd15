/**
 * Every API method's name, without the schemas: what the sandboxed preload checks a call
 * against, so it need not bundle the contract and zod. tests/unit/api/method-names.test.ts
 * proves at compile time that this is exactly the contract's list; add a new method to both.
 */
export const METHOD_NAMES = [
  'clips.parse',
  'clips.create',
  'clips.get',
  'clips.list',
  'clips.ids',
  'clips.update',
  'clips.trash',
  'clips.restore',
  'clips.related',
  'collections.list',
  'collections.create',
  'collections.update',
  'collections.move',
  'collections.delete',
  'collections.restore',
  'collections.addClips',
  'collections.removeClips',
  'collections.restoreClips',
  'collections.moveClip',
  'collections.clipIds',
  'collections.find',
  'tags.list',
  'tags.totals',
  'tags.apply',
  'tags.remove',
  'tags.rename',
  'tags.merge',
  'tags.delete',
  'tags.restore',
  'tags.setColor',
  'tags.suggest',
  'highlights.list',
  'highlights.add',
  'highlights.update',
  'highlights.delete',
  'indexes.entities',
  'indexes.quotes',
  'indexes.speakers',
  'indexes.timeline',
  'search.query',
  'compare.clips',
  'comparisons.add',
  'comparisons.list',
  'comparisons.remove',
  'comparisons.move',
  'comparisons.rename',
  'dossier.export',
  'dossier.download',
  'dossier.cancel',
  'dossier.preview',
  'dossier.saved.list',
  'dossier.saved.save',
  'dossier.saved.delete',
  'library.info',
  'library.export',
  'library.move',
  'library.moveCancel',
  'backups.list',
  'backups.create',
  'backups.restore',
  'settings.get',
  'settings.update',
  'import.files',
] as const;

export type MethodName = (typeof METHOD_NAMES)[number];

const known: ReadonlySet<string> = new Set(METHOD_NAMES);

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && known.has(name);
}
