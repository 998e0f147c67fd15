/** Whether the keyboard shortcuts sheet is shown. */
class ShortcutSheetStore {
  #open = $state(false);

  get isOpen() {
    return this.#open;
  }

  open() {
    this.#open = true;
  }

  close() {
    this.#open = false;
  }
}

export const shortcutSheet = new ShortcutSheetStore();
