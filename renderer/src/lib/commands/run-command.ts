import { sourceUrlOf } from '../../../../electron/shared/models/clipboard-source.js';
import type { AppCommand } from '../../../../electron/shared/models/app-commands.js';
import { acceleratorLabel } from '../settings/accelerator.js';
import { backupsDialog } from '../backups/backups.svelte.js';
import { compare } from '../compare/compare.svelte.js';
import { dossier } from '../dossier/dossier.svelte.js';
import { fileImport } from '../import/file-import.svelte.js';
import { library } from '../list/library.svelte.js';
import { pasteReview } from '../new-clip/paste-review.svelte.js';
import { reader } from '../clip/reader.svelte.js';
import { search } from '../search/search.svelte.js';
import { selection } from '../list/selection.svelte.js';
import { settings } from '../settings/settings.svelte.js';
import { shortcutSheet } from '../settings/shortcut-sheet.svelte.js';
import { toasts } from '../ui/toasts.svelte.js';
import { typingInField } from './focus.js';
import { undoStack } from '../ui/undo.svelte.js';
import { teamLinks } from '../team/team-links.svelte.js';
import { teamSend } from '../team/team-send.svelte.js';
import { READER_NOTICE, team } from '../team/team.svelte.js';
import { bulk } from '../list/bulk.svelte.js';
import { copyCitations } from '../clip/citations.js';

/** What the window lends the dispatcher: the parts of the view that are elements, not stores. */
export interface CommandTargets {
  focusSearch(): void;
  /** The open clip's tag field; false when no clip is open in the reader. */
  focusTagField(): boolean;
}

/** Undo in a text field is the field's own; elsewhere it takes back the newest action on the undo stack. */
async function undo() {
  if (typingInField()) {
    document.execCommand('undo');
    return;
  }
  if (!(await undoStack.undo())) toasts.show('Nothing to undo.');
}

/** The clipboard as the desktop menu's "Clip from clipboard" finds it; where it cannot be read, a blank new clip. */
async function pasteClip() {
  try {
    const [item] = await navigator.clipboard.read();
    const read = async (type: string) => (item?.types.includes(type) ? (await item.getType(type)).text() : '');
    const [text, html, uriList] = await Promise.all([read('text/plain'), read('text/html'), read('text/uri-list')]);
    await pasteReview.openWithPaste(
      text,
      html || undefined,
      sourceUrlOf((type) => (type === 'text/uri-list' ? uriList : '')),
    );
  } catch {
    pasteReview.openBlank();
  }
}

/** The collection shown, else the picked clips. */
async function exportDossier() {
  const collection = library.collection;
  if (collection && !search.active) await dossier.openCollection(collection.id);
  else await dossier.openSelection();
}

async function compareSelected() {
  const pair = selection.size === 2 ? selection.ids() : null;
  if (pair) await compare.openClips(pair[0]!, pair[1]!);
  else toasts.show(`To compare, select two clips in the list: click one, then ${acceleratorLabel('CommandOrControl+Click')} the other.`);
}

/** The picked clips of the personal library, else the clip open in the reader. */
async function sendSelectedToTeam() {
  if (teamLinks.active) {
    toasts.show('Clips are sent from your personal library: switch to it in the sidebar, pick the clips, then send them.');
    return;
  }
  const ids = selection.size ? selection.ids() : reader.clip ? [reader.clip.id] : [];
  if (ids.length === 0) toasts.show('Pick the clips to send in the list first.');
  else await teamSend.send(ids);
}

/** The clips picked in the list, else the one open in the reader. */
function pickedClips(): number[] {
  return selection.size ? selection.ids() : reader.clip ? [reader.clip.id] : [];
}

/** Tags and collections are editors' to change; the list's keys say so rather than do nothing. */
function canOrganise(ids: number[]): boolean {
  if (!team.canEdit) toasts.show(READER_NOTICE);
  else if (ids.length === 0) toasts.show('Pick the clips in the list first.');
  return team.canEdit && ids.length > 0;
}

/** One clip open: its tag field, to type with autocomplete; several picked: the tag prompt for all of them. */
function tagPicked(targets: CommandTargets) {
  const ids = pickedClips();
  if (!canOrganise(ids)) return;
  if (selection.multiple || !targets.focusTagField()) void bulk.askTag();
}

/** The one place an app command is carried out, whether it came from the menu or the keyboard. */
export async function runCommand(command: AppCommand, targets: CommandTargets): Promise<void> {
  switch (command.name) {
    case 'new-clip':
      pasteReview.openBlank();
      return;
    case 'paste-clip':
      return pasteClip();
    case 'review-paste':
      return pasteReview.openWithPaste(command.text, command.html, command.url);
    case 'find':
      targets.focusSearch();
      return;
    case 'settings':
      settings.open();
      return;
    case 'undo':
      return undo();
    case 'import':
      fileImport.choose();
      return;
    case 'show-shortcuts':
      shortcutSheet.open();
      return;
    case 'export-dossier':
      return exportDossier();
    case 'compare':
      return compareSelected();
    case 'backups':
      backupsDialog.open();
      return;
    case 'open-team-library':
      teamLinks.openSignIn(null);
      return;
    case 'send-to-team':
      return sendSelectedToTeam();
    case 'tag':
      return tagPicked(targets);
    case 'add-to-collection':
      if (canOrganise(pickedClips())) await bulk.askCollection();
      return;
    case 'copy-citation': {
      const ids = pickedClips();
      if (ids.length === 0) toasts.show('Pick the clips to cite in the list first.');
      else await copyCitations(ids);
      return;
    }
  }
}
