import {
  MAX_CLIP_JSON_LD,
  MAX_CLIP_META,
  MAX_JSON_LD_CHARS,
  type BrowserClipPayload,
} from '../../electron/shared/models/browser-clipper-protocol.js';
import { MAX_PASTE_CHARS } from '../../electron/shared/api/limits.js';
import { capturePage } from './capture-page.js';
import { connection, deliverOutbox, keepAndDeliver, requestPairing, type Connection } from './cuttings-connection.js';
import type { Report, Request } from './messages.js';
import { load } from './storage.js';

const MENU_ID = 'clip-to-cuttings';
const RETRY_ALARM = 'deliver-waiting-clips';

async function report(current: Connection, extra: Partial<Report> = {}): Promise<Report> {
  const { outbox = [], problem } = await load();
  await showWaiting(outbox.length);
  return { connection: current, waiting: outbox.length, problem: problem ?? null, ...extra };
}

/** The toolbar badge counts clips waiting for Cuttings, so the user sees at a glance that nothing was lost. */
async function showWaiting(waiting: number): Promise<void> {
  await chrome.action.setBadgeBackgroundColor({ color: '#b45309' });
  await chrome.action.setBadgeText({ text: waiting ? String(waiting) : '' });
  await chrome.action.setTitle({
    title: waiting
      ? `Clip to Cuttings (${waiting} waiting: they are sent when Cuttings runs and this browser is paired)`
      : 'Clip to Cuttings',
  });
}

/** Takes the selection or the page from the tab and sends it, keeping it here when Cuttings cannot take it now. */
async function clipTab(tabId: number): Promise<Report> {
  let captured: BrowserClipPayload | string;
  try {
    const [result] = await chrome.scripting.executeScript({
      target: { tabId },
      func: capturePage,
      args: [MAX_PASTE_CHARS, MAX_CLIP_META, MAX_CLIP_JSON_LD, MAX_JSON_LD_CHARS],
    });
    captured = (result?.result as BrowserClipPayload | string | undefined) ?? 'The page gave nothing to clip.';
  } catch {
    captured = 'This page cannot be clipped: the browser does not let extensions read it (its own pages, the web store, PDF viewers).';
  }
  if (typeof captured === 'string') return report(await connection(), { clipProblem: captured });
  const { connection: after, waiting } = await keepAndDeliver(captured);
  return report(after, { clipped: waiting === 0 ? 'sent' : 'kept' });
}

async function answer(request: Request): Promise<Report> {
  switch (request.type) {
    case 'status':
      return report(await deliverOutbox());
    case 'pair':
      return report(await requestPairing());
    case 'clip':
      return clipTab(request.tabId);
  }
}

chrome.runtime.onMessage.addListener((request: Request, sender, sendResponse) => {
  // Only the extension's own popup talks to the background.
  if (sender.id !== chrome.runtime.id || sender.tab?.url?.startsWith('http')) return false;
  void answer(request).then(sendResponse);
  return true;
});

chrome.runtime.onInstalled.addListener(() => {
  chrome.contextMenus.create({ id: MENU_ID, title: 'Clip to Cuttings', contexts: ['page', 'selection'] });
});

chrome.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId === MENU_ID && tab?.id !== undefined) void clipTab(tab.id);
});

chrome.commands.onCommand.addListener((command, tab) => {
  if (command === 'clip-page' && tab?.id !== undefined) void clipTab(tab.id);
});

// Clips kept while Cuttings was closed go out once it runs again: on start and every minute.
chrome.alarms.create(RETRY_ALARM, { periodInMinutes: 1 });
chrome.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === RETRY_ALARM) void deliverOutbox().then(report);
});
chrome.runtime.onStartup.addListener(() => void deliverOutbox().then(report));
