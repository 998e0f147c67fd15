/** The element takes typing: a text field, a select or editable text. */
export function isEditable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || target.closest('input, textarea, select') !== null);
}

export const typingInField = (event?: Event) => isEditable(event?.target ?? null) || isEditable(document.activeElement);

/**
 * A modal is open (the paste review, Compare, the dossier builder, a question, Settings…): it owns
 * the keyboard and the clipboard until it closes.
 */
export const modalOpen = () => document.querySelector('dialog[open]') !== null;
