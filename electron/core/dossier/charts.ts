import { html, type SafeHtml } from './html.js';

export interface Bar {
  label: string;
  value: number;
}

const ACCENT = '#1f3a5f';
const MUTED = '#5d636d';
const RULE = '#c9cdd3';

/** Horizontal bars, one row per label: clips per outlet. Sized in the SVG's own units; CSS scales it. */
export function horizontalBars(bars: readonly Bar[], title: string): SafeHtml {
  const rowHeight = 18;
  const labelWidth = 190;
  const barSpace = 250;
  const width = labelWidth + barSpace + 40;
  const height = bars.length * rowHeight + 4;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const rows = bars.map((b, i) => {
    const y = i * rowHeight + 2;
    const w = Math.max(2, (b.value / max) * barSpace);
    const label = b.label.length > 34 ? `${b.label.slice(0, 33)}…` : b.label;
    return html`<text x="${labelWidth - 8}" y="${y + 12}" text-anchor="end" font-size="10" fill="#1b1d21">${label}</text>
<rect x="${labelWidth}" y="${y + 3}" width="${w.toFixed(1)}" height="11" rx="1.5" fill="${ACCENT}"/>
<text x="${(labelWidth + w + 5).toFixed(1)}" y="${y + 12}" font-size="9" fill="${MUTED}">${b.value}</text>`;
  });
  return html`<svg class="chart" viewBox="0 0 ${width} ${height}" role="img" aria-label="${title}" xmlns="http://www.w3.org/2000/svg">${rows}</svg>`;
}

/** Columns over time: clips per day, week or month. Labels are thinned so they never collide. */
export function columns(bars: readonly Bar[], title: string): SafeHtml {
  const width = 480;
  const height = 120;
  const left = 26;
  const bottom = 28;
  const top = 8;
  const plotWidth = width - left - 6;
  const plotHeight = height - bottom - top;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const slot = plotWidth / Math.max(1, bars.length);
  const barWidth = Math.max(2, Math.min(28, slot * 0.7));
  const labelEvery = Math.max(1, Math.ceil(bars.length / 8));
  const ticks = [0, Math.ceil(max / 2), max].filter((v, i, all) => all.indexOf(v) === i);
  const grid = ticks.map((v) => {
    const y = top + plotHeight - (v / max) * plotHeight;
    return html`<line x1="${left}" x2="${width - 6}" y1="${y.toFixed(1)}" y2="${y.toFixed(1)}" stroke="${RULE}" stroke-width="0.5"/>
<text x="${left - 5}" y="${(y + 3).toFixed(1)}" text-anchor="end" font-size="8" fill="${MUTED}">${v}</text>`;
  });
  const cols = bars.map((b, i) => {
    const x = left + i * slot + (slot - barWidth) / 2;
    const h = (b.value / max) * plotHeight;
    const label =
      i % labelEvery === 0
        ? html`<text x="${(x + barWidth / 2).toFixed(1)}" y="${height - bottom + 13}" text-anchor="middle" font-size="8" fill="${MUTED}">${b.label}</text>`
        : '';
    return html`<rect x="${x.toFixed(1)}" y="${(top + plotHeight - h).toFixed(1)}" width="${barWidth.toFixed(1)}" height="${h.toFixed(1)}" fill="${ACCENT}"/>${label}`;
  });
  return html`<svg class="chart" viewBox="0 0 ${width} ${height}" role="img" aria-label="${title}" xmlns="http://www.w3.org/2000/svg">${grid}${cols}</svg>`;
}
