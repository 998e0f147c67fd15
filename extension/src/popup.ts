import type { Report, Request } from './messages.js';
import { HOST_PERMISSION } from './cuttings-connection.js';
import { load } from './storage.js';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const status = $('status');
const code = $('code');
const todo = $('todo');
const action = $<HTMLButtonElement>('action');
const clipResult = $('clip-result');
const waiting = $('waiting');
const problem = $('problem');

/** While a pairing waits for the user's answer in Cuttings, the popup asks again this often. */
const PAIRING_POLL_MS = 1_500;
let poll: ReturnType<typeof setTimeout> | undefined;

const ask = (request: Request) => chrome.runtime.sendMessage<Request, Report>(request);

function setAction(label: string | null, onclick: (() => void) | null = null) {
  action.hidden = label === null;
  action.textContent = label ?? '';
  action.onclick = onclick;
}

/** Firefox grants a permission only from the click itself, so the popup asks, not the background. */
async function allowAccess() {
  await chrome.permissions.request(HOST_PERMISSION);
  show(await ask({ type: 'status' }));
}

/** Says where this browser stands with Cuttings and the one thing to do about it. */
function show(report: Report) {
  clearTimeout(poll);
  const c = report.connection;
  code.hidden = c.state !== 'pairing';
  switch (c.state) {
    case 'no-permission':
      status.textContent = 'This browser has not let the extension reach Cuttings on this computer.';
      todo.textContent = 'Allow access to 127.0.0.1, where Cuttings listens.';
      setAction('Allow access', () => void allowAccess());
      break;
    case 'not-running':
      status.textContent = 'Cuttings is not running.';
      todo.textContent = 'Start Cuttings (the app, or `cuttings serve`), then click Test connection.';
      setAction(null);
      break;
    case 'not-paired':
      status.textContent =
        c.why === 'revoked'
          ? 'Cuttings is running, but this browser was unpaired in its Settings: clips are refused.'
          : c.why === 'refused'
            ? 'Cuttings is running, but the pairing was refused there.'
            : 'Cuttings is running, but this browser is not paired with it yet.';
      todo.textContent = 'Pair this browser: click Pair, then confirm the code in Cuttings.';
      setAction('Pair', () => void ask({ type: 'pair' }).then(show));
      break;
    case 'pairing':
      status.textContent = `Pair: confirm code ${c.code} in Cuttings.`;
      code.textContent = c.code;
      todo.textContent = 'Cuttings shows a dialog with this code. Click Pair there if the codes match.';
      setAction(null);
      poll = setTimeout(() => void ask({ type: 'status' }).then(show), PAIRING_POLL_MS);
      break;
    case 'paired':
      status.textContent = `Cuttings is running and this browser is paired (127.0.0.1:${c.port}).`;
      todo.textContent = '';
      setAction(null);
      break;
  }
  if (report.clipped === 'sent') clipResult.textContent = 'Clipped: the review step opens in Cuttings.';
  else if (report.clipped === 'kept')
    clipResult.textContent = 'Kept in this browser: the clip goes to Cuttings as soon as Cuttings runs and this browser is paired.';
  else if (report.clipProblem) clipResult.textContent = report.clipProblem;
  waiting.textContent = report.waiting
    ? `${report.waiting} ${report.waiting === 1 ? 'clip is' : 'clips are'} waiting to be sent to Cuttings.`
    : '';
  // Out of step with Cuttings, the status line says what matters; once paired, a clip that failed is named.
  problem.textContent = c.state === 'paired' ? (report.problem ?? '') : '';
}

/** The tab the toolbar button was clicked over; none when the popup is open as a page of its own. */
async function pageTab(): Promise<chrome.tabs.Tab | null> {
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  return tab?.id !== undefined && /^https?:/u.test(tab.url ?? '') ? tab : null;
}

async function clip() {
  const tab = await pageTab();
  if (!tab?.id) {
    clipResult.textContent = 'Open the page to clip, then click the Cuttings button in the toolbar.';
    return;
  }
  clipResult.textContent = 'Clipping…';
  show(await ask({ type: 'clip', tabId: tab.id }));
}

$('test').addEventListener('click', () => {
  status.textContent = 'Looking for Cuttings…';
  void ask({ type: 'status' }).then(show);
});
$('clip').addEventListener('click', () => void clip());

// One click clips: a browser paired before clips the page at once (kept here if Cuttings is closed).
void (async () => {
  show(await ask({ type: 'status' }));
  if ((await load()).key && (await pageTab())) await clip();
})();
