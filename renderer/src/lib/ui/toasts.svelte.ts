export interface ToastAction {
  label: string;
  run: () => void | Promise<void>;
}

export interface Toast {
  id: number;
  message: string;
  action: ToastAction | null;
}

/** Long enough to read the message and reach Undo, short enough not to linger. */
const VISIBLE_MS = 7000;

class ToastStore {
  #current = $state<Toast | null>(null);
  #nextId = 1;
  #timer: ReturnType<typeof setTimeout> | undefined;

  get current() {
    return this.#current;
  }

  /** Shows a notice in place of the current one; returns its id, to tell later whether it is still up. */
  show(message: string, action: ToastAction | null = null): number {
    clearTimeout(this.#timer);
    const toast = { id: this.#nextId++, message, action };
    this.#current = toast;
    this.#timer = setTimeout(() => this.dismiss(toast.id), VISIBLE_MS);
    return toast.id;
  }

  /** Pauses the countdown while the pointer or focus is on the toast, so Undo stays reachable. */
  hold() {
    clearTimeout(this.#timer);
  }

  release() {
    const id = this.#current?.id;
    if (id !== undefined) this.#timer = setTimeout(() => this.dismiss(id), VISIBLE_MS / 2);
  }

  async runAction() {
    const toast = this.#current;
    if (!toast?.action) return;
    this.dismiss(toast.id);
    await toast.action.run();
  }

  dismiss(id?: number) {
    if (id === undefined || this.#current?.id === id) {
      clearTimeout(this.#timer);
      this.#current = null;
    }
  }
}

export const toasts = new ToastStore();
