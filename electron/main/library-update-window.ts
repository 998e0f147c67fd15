import { BrowserWindow } from 'electron';
import type { MigrationProgress } from '../core/index.js';
import { APP_ICON } from './app-icon.js';

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Updating your library</title><style>
:root { color-scheme: light dark; font: 14px/1.45 -apple-system, BlinkMacSystemFont, 'Segoe UI', 'Noto Sans', system-ui, sans-serif; }
body { margin: 0; padding: 20px 24px; background: light-dark(#fff, #1b1b1d); color: light-dark(#1c1c1e, #e9e9eb); user-select: none; }
h1 { font-size: 15px; font-weight: 600; margin: 0 0 6px; }
p { margin: 0 0 14px; color: light-dark(#5e5e63, #a8a8ae); }
progress { width: 100%; height: 8px; accent-color: light-dark(#2864d2, #6aa2ff); }
#step { margin: 8px 0 0; font-size: 12px; font-variant-numeric: tabular-nums; }
</style></head><body>
<h1>Updating your library</h1>
<p>This version of Cuttings files your clips a little differently. It happens once; on a large library it takes a few minutes.</p>
<progress id="bar"></progress><p id="step">Working through your clips…</p>
</body></html>`;

/** What the window says for a step: how many of the clips it goes through are done. */
function stepText({ done, total }: MigrationProgress): string {
  return `${done.toLocaleString()} of ${total.toLocaleString()} clips`;
}

/**
 * A small window that stands while an older library is brought up to this version, with a bar
 * the update moves, so a long update is never a blank screen; closed when `work` ends either way.
 */
export async function whileUpdating(work: (onProgress: (progress: MigrationProgress) => void) => Promise<void>): Promise<void> {
  const win = new BrowserWindow({
    width: 480,
    height: 150,
    useContentSize: true,
    resizable: false,
    minimizable: false,
    maximizable: false,
    fullscreenable: false,
    title: 'Updating your library',
    ...(process.platform === 'linux' ? { icon: APP_ICON } : {}),
    show: false,
    webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false, javascript: true },
  });
  win.setMenu(null);
  win.once('ready-to-show', () => win.show());
  await win.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(PAGE)}`);
  const show = (progress: MigrationProgress) => {
    if (win.isDestroyed()) return;
    const script = `document.getElementById('bar').max = ${progress.total}; document.getElementById('bar').value = ${progress.done}; document.getElementById('step').textContent = ${JSON.stringify(stepText(progress))};`;
    void win.webContents.executeJavaScript(script).catch(() => undefined);
  };
  try {
    await work(show);
  } finally {
    if (!win.isDestroyed()) win.destroy();
  }
}
