import { EventEmitter } from 'node:events';

/**
 * A stand-in for the `electron` module, so the real main process (ours, unchanged) can start
 * here, where Electron's binary cannot run: it records what main asks of Electron and lets a
 * test play the user and the OS (click a menu item, press the global shortcut, finish a
 * download). The Electron specs in tests/electron check the same against the real thing.
 */
type Listener = (...args: unknown[]) => unknown;

export const record = {
  menu: [] as Array<Record<string, unknown>>,
  about: {} as Record<string, unknown>,
  messages: [] as Array<{ message: string; detail?: string; buttons?: string[] }>,
  errors: [] as string[],
  shown: [] as string[],
  saveDialogs: [] as Array<Record<string, unknown>>,
  quit: false,
};

/** The button the next message box answers with. */
/** What the user answers: the message box's button, and the path picked in a save dialog (null cancels). */
export const answers = { messageBox: 0, savePath: null as string | null };

const paths: Record<string, string> = { downloads: '/tmp/Downloads' };
let ready!: () => void;
const whenReady = new Promise<void>((resolve) => (ready = resolve));

class FakeApp extends EventEmitter {
  name = 'Cuttings';
  isPackaged = false;
  switches: string[][] = [];
  commandLine = { appendSwitch: (...args: string[]) => void this.switches.push(args) };
  setPath(name: string, path: string) {
    paths[name] = path;
  }
  getPath(name: string) {
    return paths[name]!;
  }
  getVersion() {
    return '0.1.0';
  }
  /** Where the app's files are: the checkout, unless a test gives another. */
  appPath = process.cwd();
  getAppPath() {
    return this.appPath;
  }
  setAboutPanelOptions(options: Record<string, unknown>) {
    record.about = options;
  }
  requestSingleInstanceLock() {
    return true;
  }
  whenReady() {
    return whenReady;
  }
  quit() {
    let prevented = false;
    this.emit('will-quit', { preventDefault: () => (prevented = true) });
    if (!prevented) record.quit = true;
  }
  exit() {
    record.quit = true;
  }
  /** The OS says the app is ready. */
  start() {
    ready();
  }
}
export const app = new FakeApp();

class FakeWebContents extends EventEmitter {
  sent: unknown[][] = [];
  loading = true;
  url = '';
  send(channel: string, message: unknown) {
    this.sent.push([channel, message]);
  }
  isLoadingMainFrame() {
    return this.loading;
  }
  getURL() {
    return this.url;
  }
  isDestroyed() {
    return false;
  }
  setWindowOpenHandler() {}
  /** The page has loaded and run. */
  finishLoad() {
    this.loading = false;
    this.emit('did-finish-load');
  }
}

export class BrowserWindow extends EventEmitter {
  static all: BrowserWindow[] = [];
  static getAllWindows() {
    return BrowserWindow.all.filter((w) => !w.destroyed);
  }
  static fromWebContents(contents: unknown) {
    return BrowserWindow.all.find((w) => w.webContents === contents) ?? null;
  }
  webContents = new FakeWebContents();
  bounds: { x: number; y: number; width: number; height: number };
  background: string;
  visible = false;
  maximized = false;
  destroyed = false;
  constructor(
    readonly options: Record<string, unknown> & { x?: number; y?: number; width: number; height: number; backgroundColor: string },
  ) {
    super();
    this.bounds = { x: options.x ?? 100, y: options.y ?? 100, width: options.width, height: options.height };
    this.background = options.backgroundColor;
    BrowserWindow.all.push(this);
    app.emit('web-contents-created', {}, this.webContents);
  }
  loadURL(url: string) {
    this.webContents.url = url;
    return Promise.resolve();
  }
  show() {
    this.visible = true;
    this.emit('show');
  }
  focus() {}
  restore() {}
  isMinimized() {
    return false;
  }
  isFullScreen() {
    return false;
  }
  isDestroyed() {
    return this.destroyed;
  }
  isVisible() {
    return this.visible;
  }
  maximize() {
    this.maximized = true;
    this.emit('maximize');
  }
  isMaximized() {
    return this.maximized;
  }
  getNormalBounds() {
    return { ...this.bounds };
  }
  setBounds(bounds: BrowserWindow['bounds']) {
    this.bounds = bounds;
    this.emit('resize');
  }
  setBackgroundColor(color: string) {
    this.background = color;
  }
  /** The user closes the window. */
  close() {
    this.emit('close', { preventDefault() {} });
    this.destroyed = true;
    this.emit('closed');
  }
}

export const webContents = {
  getAllWebContents: () => BrowserWindow.getAllWindows().map((w) => w.webContents),
};

export const Menu = {
  buildFromTemplate: (template: Array<Record<string, unknown>>) => ({ template }),
  setApplicationMenu: (menu: { template: Array<Record<string, unknown>> }) => (record.menu = menu.template),
};

const shortcuts = new Map<string, Listener>();
export const globalShortcut = {
  /** Combinations other apps hold. */
  taken: new Set<string>(),
  register(accelerator: string, callback: Listener) {
    if (this.taken.has(accelerator) || shortcuts.has(accelerator)) return false;
    shortcuts.set(accelerator, callback);
    return true;
  },
  unregister: (accelerator: string) => void shortcuts.delete(accelerator),
  registered: () => [...shortcuts.keys()],
  /** The user presses the combination, in any app. */
  press: (accelerator: string) => shortcuts.get(accelerator)!(),
};

export const clipboard = {
  text: '',
  html: '',
  readText: async () => clipboard.text,
  read: async () => [
    { types: clipboard.html ? ['text/plain', 'text/html'] : ['text/plain'], getType: async () => new Blob([clipboard.html]) },
  ],
};

const handlers = new Map<string, Listener>();
export const ipcMain = {
  handle: (channel: string, handler: Listener) => void handlers.set(channel, handler),
  removeHandler: (channel: string) => void handlers.delete(channel),
  /** A call from a page at `url`, as the preload would send it. */
  invoke: (url: string, ...args: unknown[]) => handlers.get('api:invoke')!({ senderFrame: { url } }, ...args) as Promise<{ ok: boolean }>,
  /** A call on another channel, from a page at `url` in the window whose contents are `sender`. */
  invokeOn: (channel: string, url: string, sender: unknown, ...args: unknown[]) =>
    handlers.get(channel)!({ senderFrame: { url }, sender }, ...args),
};

export const dialog = {
  showMessageBox: async (...args: unknown[]) => {
    record.messages.push(args.at(-1) as (typeof record.messages)[number]);
    return { response: answers.messageBox, checkboxChecked: false };
  },
  showErrorBox: (title: string, message: string) => void record.errors.push(`${title}: ${message}`),
  showSaveDialog: async (...args: unknown[]) => {
    record.saveDialogs.push(args.at(-1) as Record<string, unknown>);
    return { canceled: answers.savePath === null, filePath: answers.savePath ?? '' };
  },
};

function fakeSession() {
  return Object.assign(new EventEmitter(), {
    setPermissionRequestHandler() {},
    setPermissionCheckHandler() {},
    webRequest: { onHeadersReceived() {}, onBeforeRequest() {} },
  });
}
export const session = { defaultSession: fakeSession(), fromPartition: fakeSession };
export const protocol = { registerSchemesAsPrivileged() {}, handle() {} };
export const net = { fetch };
export const nativeTheme = { shouldUseDarkColors: false };
export const screen = { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1050 } }] };
export const shell = { showItemInFolder: (path: string) => void record.shown.push(path), openExternal: async () => undefined };
