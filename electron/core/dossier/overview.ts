import { groupByName } from '../../shared/text/name-key.js';
import type { Bar } from './charts.js';
import { columns, horizontalBars } from './charts.js';
import type { DossierModel } from './dossier-types.js';
import { formatDateRange, languageName } from './format.js';
import { html, type SafeHtml } from './html.js';
import type { EntityKind, PlannedClip } from './plan-clip.js';

const UNKNOWN_OUTLET = 'Outlet not known';
/** Enough to see who covered the story and who is in it, while the overview stays one page. */
const TOP_OUTLETS = 8;
const TOP_NAMES = 7;

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

function ranked(counts: Map<string, number>): Bar[] {
  return [...counts].map(([label, value]) => ({ label, value })).sort((a, b) => b.value - a.value || a.label.localeCompare(b.label));
}

/** Outlets by clip count; the long tail as one bar, and clips without an outlet always last. */
export function outletBars(clips: readonly PlannedClip[]): Bar[] {
  const known = ranked(
    countBy(
      clips.filter((c) => c.clip.source?.trim()),
      (c) => c.clip.source!.trim(),
    ),
  );
  const unknown = clips.filter((c) => !c.clip.source?.trim()).length;
  const tail = unknown ? [{ label: UNKNOWN_OUTLET, value: unknown }] : [];
  const room = TOP_OUTLETS - tail.length;
  if (known.length <= room) return [...known, ...tail];
  const rest = known.slice(room - 1).reduce((n, b) => n + b.value, 0);
  return [...known.slice(0, room - 1), { label: `${known.length - room + 1} other outlets`, value: rest }, ...tail];
}

const DAY = 86_400_000;

/** Clips per day for a short span, per week for a few months, else per month; empty periods show as gaps. */
export function dateBars(dates: readonly string[]): Bar[] {
  const times = dates
    .map((d) => Date.parse(`${d.slice(0, 10)}T00:00:00Z`))
    .filter((t) => !Number.isNaN(t))
    .sort((a, b) => a - b);
  const first = times[0];
  const last = times[times.length - 1];
  if (first === undefined || last === undefined) return [];
  const span = (last - first) / DAY;
  const monthLabel = (t: number) => new Date(t).toLocaleDateString('en-GB', { month: 'short', year: '2-digit', timeZone: 'UTC' });
  const dayLabel = (t: number) => new Date(t).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
  let bucketOf: (t: number) => number;
  let next: (t: number) => number;
  let label: (t: number) => string;
  if (span <= 31) {
    bucketOf = (t) => t;
    next = (t) => t + DAY;
    label = dayLabel;
  } else if (span <= 26 * 7) {
    // Weeks start on Monday, as in most of the places these briefs are read.
    bucketOf = (t) => t - ((new Date(t).getUTCDay() + 6) % 7) * DAY;
    next = (t) => t + 7 * DAY;
    label = dayLabel;
  } else {
    bucketOf = (t) => Date.UTC(new Date(t).getUTCFullYear(), new Date(t).getUTCMonth(), 1);
    next = (t) => Date.UTC(new Date(t).getUTCFullYear(), new Date(t).getUTCMonth() + 1, 1);
    label = monthLabel;
  }
  const counts = countBy(times, (t) => String(bucketOf(t)));
  const bars: Bar[] = [];
  for (let t = bucketOf(first); t <= last; t = next(t)) bars.push({ label: label(t), value: counts.get(String(t)) ?? 0 });
  return bars;
}

/** Names ranked by the number of clips that mention them. */
export function topNames(clips: readonly PlannedClip[], kind: EntityKind, limit = TOP_NAMES): Bar[] {
  // Each clip counts once per name, however it spells it; the bar shows the commonest spelling.
  const perClip = clips.flatMap((c) =>
    groupByName(
      c.mentions.filter((m) => m.kind === kind),
      (m) => m.name,
    ).map((g) => g.items[0]!),
  );
  return ranked(new Map(groupByName(perClip, (m) => m.name).map((g) => [g.name, g.items.length]))).slice(0, limit);
}

function rankedList(bars: readonly Bar[], emptyText: string): SafeHtml {
  if (!bars.length) return html`<p class="empty-note">${emptyText}</p>`;
  return html`<ul class="ranked">${bars.map((b) => html`<li><span>${b.label}</span><span class="count">${b.value}</span></li>`)}</ul>`;
}

export function renderOverview(model: DossierModel): SafeHtml {
  const clips = model.clips;
  const dates = clips.flatMap((c) => (c.clip.date ? [c.clip.date] : []));
  const outlets = outletBars(clips);
  const overTime = dateBars(dates);
  const languages = ranked(countBy(clips, (c) => languageName(c.clip.language)));
  const words = clips.reduce((n, c) => n + c.clip.wordCount, 0);
  const undated = clips.length - dates.length;
  const knownOutlets = new Set(clips.flatMap((c) => (c.clip.source?.trim() ? [c.clip.source.trim()] : []))).size;
  const figure = (value: string | number, label: string) =>
    html`<div class="figure"><span class="figure-value">${value}</span><span class="figure-label">${label}</span></div>`;
  return html`<section class="part overview" id="overview">
<h1 class="part-title">Overview</h1>
<div class="overview-figures">
${figure(clips.length, clips.length === 1 ? 'clip' : 'clips')}
${figure(knownOutlets, knownOutlets === 1 ? 'outlet' : 'outlets')}
${figure(languages.length, languages.length === 1 ? 'language' : 'languages')}
${figure(words.toLocaleString('en-GB'), 'words')}
</div>
<div class="chart-block">
<p class="subhead">Clips by outlet</p>
${horizontalBars(outlets, 'Clips by outlet')}
</div>
<div class="chart-block">
<p class="subhead">Clips by date${formatDateRange(dates) ? html` · ${formatDateRange(dates)}` : ''}</p>
${overTime.length ? columns(overTime, 'Clips by date') : html`<p class="empty-note">None of the clips has a date.</p>`}
${undated && overTime.length ? html`<p class="empty-note">${undated} undated ${undated === 1 ? 'clip is' : 'clips are'} not shown.</p>` : ''}
</div>
<p class="overview-languages"><span class="label">Languages</span> ${languages.map((l, i) => html`${i ? ' · ' : ''}${l.label} ${l.value}`)}</p>
<div class="overview-columns">
<div><p class="subhead">Top people</p>${rankedList(topNames(clips, 'person'), 'No people were identified in these clips.')}</div>
<div><p class="subhead">Top places</p>${rankedList(topNames(clips, 'place'), 'No places were identified in these clips.')}</div>
<div><p class="subhead">Top organisations</p>${rankedList(topNames(clips, 'organization'), 'No organisations were identified in these clips.')}</div>
</div>
</section>`;
}
