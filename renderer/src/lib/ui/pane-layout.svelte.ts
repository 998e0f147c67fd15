type Pane = 'sidebar' | 'list';

const LIMITS: Record<Pane, { min: number; max: number; initial: number }> = {
  sidebar: { min: 170, max: 360, initial: 236 },
  list: { min: 260, max: 560, initial: 340 },
};

const storageKey = (pane: Pane) => `cuttings.pane.${pane}`;

function clamp(pane: Pane, width: number) {
  const { min, max } = LIMITS[pane];
  return Math.round(Math.min(max, Math.max(min, width)));
}

function remembered(pane: Pane): number {
  const saved = Number(localStorage.getItem(storageKey(pane)));
  return Number.isFinite(saved) && saved > 0 ? clamp(pane, saved) : LIMITS[pane].initial;
}

/** Widths of the two fixed panes; the reader takes what is left. Remembered across sessions. */
class PaneLayout {
  #widths = $state<Record<Pane, number>>({ sidebar: remembered('sidebar'), list: remembered('list') });

  get sidebar() {
    return this.#widths.sidebar;
  }

  get list() {
    return this.#widths.list;
  }

  limits(pane: Pane) {
    return LIMITS[pane];
  }

  resize(pane: Pane, width: number) {
    this.#widths[pane] = clamp(pane, width);
    localStorage.setItem(storageKey(pane), String(this.#widths[pane]));
  }

  reset(pane: Pane) {
    this.resize(pane, LIMITS[pane].initial);
  }
}

export const paneLayout = new PaneLayout();
