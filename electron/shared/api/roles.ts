import type { Method } from './contract.js';
import { ApiError } from './errors.js';

/** A team library's roles, from least to most trusted: each may do all that the ones before it may. */
export const ROLES = ['reader', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

const rank = (role: Role) => ROLES.indexOf(role);

/**
 * The least role each contract method needs on a team server. A `Record` over every method, so
 * a method added to the contract does not compile until it is given its role here.
 */
export const methodRoles: Record<Method, Role> = {
  // Reading the library in every way the app offers, and taking it away as a file: a reader
  // briefs from the library and sends dossiers, so exports and previews are reads too. Parsing a
  // paste or a PDF, comparing and suggesting tags save nothing.
  'clips.parse': 'reader',
  'import.pdfArticles': 'reader',
  'clips.get': 'reader',
  'clips.list': 'reader',
  'clips.ids': 'reader',
  'clips.history': 'reader',
  'clips.corrections': 'reader',
  'clips.related': 'reader',
  'collections.list': 'reader',
  'collections.clipIds': 'reader',
  'collections.find': 'reader',
  'tags.list': 'reader',
  'tags.totals': 'reader',
  'tags.suggest': 'reader',
  'highlights.list': 'reader',
  'highlights.all': 'reader',
  'indexes.entities': 'reader',
  'indexes.quotes': 'reader',
  'indexes.speakers': 'reader',
  'indexes.timeline': 'reader',
  'search.query': 'reader',
  'compare.clips': 'reader',
  'comparisons.list': 'reader',
  'dossier.download': 'reader',
  'dossier.cancel': 'reader',
  'dossier.preview': 'reader',
  'dossier.saved.list': 'reader',
  'library.info': 'reader',
  'library.export': 'reader',
  'settings.get': 'reader',
  // The browser clipper's status, which the app asks for on every start.
  'extension.state': 'reader',

  // The library's content: clips, their tags, collections, highlights and notes, saved
  // comparisons and dossiers. Every one of these can be undone (the Trash keeps deleted clips,
  // deleted tags and collections come back with their restore methods), so an editor's mistake
  // costs nothing that cannot be put back.
  'clips.create': 'editor',
  'clips.update': 'editor',
  'clips.trash': 'editor',
  'clips.reread': 'editor',
  'clips.rereadCancel': 'editor',
  'clips.restore': 'editor',
  'collections.create': 'editor',
  'collections.update': 'editor',
  'collections.move': 'editor',
  'collections.delete': 'editor',
  'collections.restore': 'editor',
  'collections.addClips': 'editor',
  'collections.removeClips': 'editor',
  'collections.restoreClips': 'editor',
  'collections.moveClip': 'editor',
  'tags.apply': 'editor',
  'tags.remove': 'editor',
  'tags.rename': 'editor',
  'tags.merge': 'editor',
  'tags.unmerge': 'editor',
  'tags.delete': 'editor',
  'tags.restore': 'editor',
  'tags.setColor': 'editor',
  // A name changed across the library is each clip's own edit, in its history, and comes back
  // with indexes.undoEntityEdit.
  'indexes.renameEntity': 'editor',
  'indexes.removeEntity': 'editor',
  'indexes.undoEntityEdit': 'editor',
  'highlights.add': 'editor',
  'highlights.update': 'editor',
  'highlights.delete': 'editor',
  'comparisons.add': 'editor',
  'comparisons.remove': 'editor',
  'comparisons.move': 'editor',
  'comparisons.rename': 'editor',
  'dossier.saved.save': 'editor',
  'dossier.saved.delete': 'editor',
  'import.files': 'editor',
  // Importing another Cuttings library's export adds clips the Trash can take back; its pieces
  // are uploaded first, and stopping it keeps what was written.
  'import.exportChunk': 'editor',
  'import.exportRun': 'editor',
  'import.exportCancel': 'editor',
  // A clip sent from a paired browser, taken into the review step to be saved.
  'extension.takeClip': 'editor',

  // What cannot be undone or changes the library for everyone at once: deleting for good,
  // settings shared by the whole team (the trash's retention among them), backups (which name
  // paths on the server and can replace the whole library), moving the library file, and writing
  // to a path on the server.
  'trash.purge': 'admin',
  'trash.empty': 'admin',
  'settings.update': 'admin',
  'backups.list': 'admin',
  'backups.create': 'admin',
  'backups.restore': 'admin',
  'library.move': 'admin',
  'library.moveCancel': 'admin',
  'dossier.export': 'admin',
  // Pairing a browser lets it send clips without an account: only an admin may allow or end that.
  'extension.answerPairing': 'admin',
  'extension.revoke': 'admin',
  // The app's links to team libraries belong to a personal library; a team server has none and
  // answers them as not available. Reading through a link changes nothing here (a write made
  // through it is announced by the team library itself); signing in, out and sending do.
  'teams.list': 'reader',
  'teams.call': 'reader',
  'teams.activity': 'reader',
  'teams.signIn': 'admin',
  'teams.signOut': 'admin',
  'teams.forget': 'admin',
  'teams.send': 'admin',
  'teams.sendCancel': 'admin',
};

/** True when the method changes the library: what a team server records in its audit log. */
export function isWrite(method: Method): boolean {
  return methodRoles[method] !== 'reader';
}

/** The one check of a caller's role against a method; throws a `forbidden` ApiError naming the role needed. */
export function authorize(role: Role, method: Method): void {
  const needed = methodRoles[method];
  if (rank(role) >= rank(needed)) return;
  throw new ApiError(
    'forbidden',
    `${method} needs the ${needed} role or higher; you are signed in as ${role === 'admin' ? 'an' : 'a'} ${role}. Ask an administrator of this team library to give you the ${needed} role.`,
  );
}
