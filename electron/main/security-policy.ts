/**
 * The rules behind security.ts, kept free of `electron` so tests can check them without the
 * binary. Each names the item of Electron's security checklist it serves.
 */

/** The webPreferences fields the checklist is about; Electron's defaults for each are the safe value. */
export interface WebPreferencesLike {
  nodeIntegration?: boolean;
  nodeIntegrationInWorker?: boolean;
  nodeIntegrationInSubFrames?: boolean;
  contextIsolation?: boolean;
  sandbox?: boolean;
  webSecurity?: boolean;
  allowRunningInsecureContent?: boolean;
  experimentalFeatures?: boolean;
  enableBlinkFeatures?: string;
  webviewTag?: boolean;
}

/** What is wrong with a window's preferences (checklist items 2, 3, 4, 6, 8, 9, 10, 11); empty when nothing is. */
export function insecureWebPreferences(prefs: WebPreferencesLike): string[] {
  const problems: string[] = [];
  if (prefs.nodeIntegration === true) problems.push('nodeIntegration is on');
  if (prefs.nodeIntegrationInWorker === true) problems.push('nodeIntegrationInWorker is on');
  if (prefs.nodeIntegrationInSubFrames === true) problems.push('nodeIntegrationInSubFrames is on');
  if (prefs.contextIsolation === false) problems.push('contextIsolation is off');
  if (prefs.sandbox === false) problems.push('sandbox is off');
  if (prefs.webSecurity === false) problems.push('webSecurity is off');
  if (prefs.allowRunningInsecureContent === true) problems.push('allowRunningInsecureContent is on');
  if (prefs.experimentalFeatures === true) problems.push('experimentalFeatures is on');
  if (prefs.enableBlinkFeatures) problems.push(`enableBlinkFeatures is set (${prefs.enableBlinkFeatures})`);
  if (prefs.webviewTag === true) problems.push('webviewTag is on');
  return problems;
}

/** Only the app's own scheme (and the DevTools) may load: the app never needs the network (items 1 and 18). */
export function isAllowedRequest(url: string): boolean {
  return /^(app|devtools|data|blob):/.test(url);
}

/** A link the user may open in their browser, after seeing it: web pages only, never file:, smb: or javascript: (item 15). */
export function isExternalLink(url: string): boolean {
  return /^https?:\/\/[^\s]/i.test(url);
}

/** IPC is answered only for the app's own pages, by exact origin: app://cuttings.evil/ is not ours (item 17). */
export function isAppPage(url: string, appOrigin = 'app://cuttings'): boolean {
  return url.startsWith(`${appOrigin}/`);
}
