import { app, BrowserWindow, dialog, session, shell, type WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../server/static-files.js';
import { isAllowedRequest, isExternalLink } from './security-policy.js';

/**
 * The window shows pasted web content, so it is locked down: no navigation away from the app,
 * no new windows, no permission prompts, and a strict Content-Security-Policy on every response.
 */
export function hardenSessions(): void {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  // Anything that is not our own app:// page gets the same policy, should it ever load.
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
  // The app never needs the network: only its own scheme and the DevTools are allowed.
  session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url) });
  });
  app.on('web-contents-created', (_event, contents) => guardContents(contents));
}

function guardContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // Links in clips open in the user's browser, never inside the app, and only once the user
    // has seen where they lead: a pasted link's text can say anything.
    if (isExternalLink(url)) void confirmExternal(contents, url);
    return { action: 'deny' };
  });
}

async function confirmExternal(contents: WebContents, url: string): Promise<void> {
  const owner = BrowserWindow.fromWebContents(contents);
  const options = {
    type: 'question' as const,
    buttons: ['Open in Browser', 'Cancel'],
    defaultId: 0,
    cancelId: 1,
    message: 'Open this link in your web browser?',
    detail: url,
  };
  const { response } = owner ? await dialog.showMessageBox(owner, options) : await dialog.showMessageBox(options);
  if (response === 0) await shell.openExternal(url);
}
