export interface PromptChoice {
  value: string;
  label: string;
}

/** What the dialog says of the text typed so far, as it is typed. */
export interface PromptCheck {
  /** Why this answer cannot be given: said under the field, with the confirm button off. */
  refusal?: string | null;
  /** What this answer will do, said under the field (it merges into a name already there, say). */
  note?: string | null;
  /** The confirm button's words for this answer, in place of `confirm`. */
  confirm?: string | null;
}

export interface PromptRequest {
  title: string;
  /** What the dialog asks; omitted for a plain confirmation. */
  label?: string;
  /** The text field's starting value, or the chosen option's. */
  value?: string;
  /** When given, a list to choose from instead of a text field. */
  choices?: PromptChoice[];
  /** Offered as the text field is typed in (existing tag names, say). */
  suggestions?: string[];
  detail?: string;
  /** Several lines of text that may be left empty (a description); Ctrl/Cmd+Enter confirms. */
  multiline?: boolean;
  confirm: string;
  danger?: boolean;
  /** Read on every keystroke of a text field, to refuse or explain the answer before it is given. */
  check?: (value: string) => PromptCheck;
}

/**
 * One small modal for naming, choosing and confirming (new collection, rename, merge into, delete),
 * so every such question looks and behaves the same. `ask` resolves with the answer, or null.
 */
class PromptStore {
  #request = $state<PromptRequest | null>(null);
  #resolve: ((answer: string | null) => void) | null = null;

  get request() {
    return this.#request;
  }

  ask(request: PromptRequest): Promise<string | null> {
    this.#resolve?.(null);
    this.#request = request;
    return new Promise((resolve) => (this.#resolve = resolve));
  }

  answer(value: string | null) {
    const resolve = this.#resolve;
    this.#resolve = null;
    this.#request = null;
    resolve?.(value);
  }
}

export const prompt = new PromptStore();
