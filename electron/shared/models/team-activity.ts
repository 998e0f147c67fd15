import type { MethodName } from '../api/method-names.js';

/** One line of a team library's audit log: who changed what, and when. */
export interface AuditEntry {
  id: number;
  /** ISO 8601, UTC. */
  at: string;
  user: string;
  /** The API method that made the change. */
  method: string;
  /** The ids the change named or made (clips, collections, highlights…, as the method takes them). */
  ids: number[];
  /** The change's other small arguments; long text is named by its size only. */
  summary: string;
  /**
   * The title, as it is now, of the first clip a change to clips touched; null for other changes,
   * an untitled clip, or a clip deleted for good; absent from a server older than this field.
   */
  clipTitle?: string | null;
}

/** What each kind of change is called in the activity view, after the person's name. */
const DOING: Partial<Record<MethodName, string>> = {
  'clips.create': 'clipped',
  'clips.update': 'edited',
  'clips.trash': 'moved to the Trash',
  'clips.restore': 'restored from the Trash',
  'clips.reread': 're-read the names of',
  'clips.rereadCancel': 'stopped re-reading names',
  'tags.apply': 'tagged',
  'tags.remove': 'untagged',
  'tags.rename': 'renamed a tag',
  'tags.merge': 'merged tags',
  'tags.unmerge': 'undid a tag merge',
  'tags.delete': 'deleted a tag',
  'tags.restore': 'brought back a tag',
  'tags.setColor': 'recoloured a tag',
  'indexes.renameEntity': 'renamed a name in',
  'indexes.removeEntity': 'took a name out of',
  'indexes.undoEntityEdit': 'undid a change of a name in',
  'collections.create': 'made a collection',
  'collections.update': 'changed a collection',
  'collections.move': 'moved a collection',
  'collections.delete': 'deleted a collection',
  'collections.restore': 'brought back a collection',
  'collections.addClips': 'added to a collection',
  'collections.removeClips': 'took out of a collection',
  'collections.restoreClips': 'put back in a collection',
  'collections.moveClip': 'reordered a collection',
  'highlights.add': 'highlighted',
  'highlights.update': 'changed a highlight',
  'highlights.delete': 'removed a highlight',
  'comparisons.add': 'saved a comparison',
  'comparisons.remove': 'removed a comparison',
  'comparisons.move': 'reordered comparisons',
  'comparisons.rename': 'renamed a comparison',
  'dossier.saved.save': 'saved a dossier',
  'dossier.saved.delete': 'deleted a saved dossier',
  'import.files': 'imported files',
  'import.exportChunk': 'sent part of a Cuttings export',
  'import.exportRun': 'imported a Cuttings export',
  'import.exportCancel': 'stopped an import',
  'trash.purge': 'deleted for good',
  'trash.empty': 'emptied the Trash',
  'settings.update': 'changed the settings',
  'backups.list': 'looked at the backups',
  'backups.create': 'took a backup',
  'backups.restore': 'restored a backup',
  'library.move': 'moved the library',
  'library.moveCancel': 'stopped a library move',
  'dossier.export': 'exported a dossier on the server',
  'extension.takeClip': 'took a clip from the browser',
  'extension.answerPairing': 'answered a browser’s pairing',
  'extension.revoke': 'unpaired a browser',
  // A team server answers none of these (they link a personal library to team servers); named all the same.
  'teams.signIn': 'signed in to a team library',
  'teams.signOut': 'signed out of a team library',
  'teams.forget': 'forgot a team library',
  'teams.send': 'sent clips to a team library',
  'teams.sendCancel': 'stopped sending clips',
};

/** Changes to the team and its accounts: made with `cuttings team` on the server, or by a member to their own password. */
const TEAM_COMMANDS: Record<string, string> = {
  'team.init': 'set up the team library',
  'team.user.add': 'added a member',
  'team.user.remove': 'removed a member',
  'team.user.role': 'changed a member’s role',
  'team.user.password': 'gave a member a new password',
  'team.password': 'changed their password',
};

/** The change said as a person would, e.g. "tagged"; a method without words of its own is named as it is. */
export function describeActivity(method: string): string {
  return DOING[method as MethodName] ?? TEAM_COMMANDS[method] ?? method;
}

/** Methods whose ids are all clips' ids, so the activity view can open them and name the first. */
export const CLIP_ID_METHODS: ReadonlySet<string> = new Set<string>([
  'clips.create',
  'clips.update',
  'clips.trash',
  'clips.restore',
  'clips.reread',
  'tags.apply',
  'tags.remove',
  'indexes.renameEntity',
  'indexes.removeEntity',
  'indexes.undoEntityEdit',
] satisfies MethodName[]);

/** The clips an entry can open, where its ids are clips. */
export function activityClipIds(entry: Pick<AuditEntry, 'method' | 'ids'>): number[] {
  return CLIP_ID_METHODS.has(entry.method) ? entry.ids : [];
}

/** What an entry changed, after the verb: the clip by its title where it has one, else by count or number. */
export function activityObject(entry: Pick<AuditEntry, 'method' | 'ids' | 'clipTitle'>): string {
  const clips = activityClipIds(entry);
  if (clips.length === 0) return '';
  const first = entry.clipTitle ? `“${entry.clipTitle}”` : `clip ${clips[0]}`;
  if (clips.length === 1) return first;
  return `${clips.length} clips, ${first} and ${clips.length - 1 === 1 ? 'one other' : `${clips.length - 1} others`}`;
}
