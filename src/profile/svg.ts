// Charts as standalone SVG: stacked bars of A64 vs Morello instructions per program, and the ratios
// of one program's counts to another's (e.g. purecap over hybrid) with a 1.0 reference line.
import type { Profile, ClassCounts } from './profiler.js';

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function label(n: number): string {
  if (n >= 1e9) return (n / 1e9).toFixed(1) + 'G';
  if (n >= 1e6) return (n / 1e6).toFixed(1) + 'M';
  if (n >= 1e3) return (n / 1e3).toFixed(1) + 'k';
  return String(n);
}

const A64 = '#4e79a7';
const MORELLO = '#e15759';

/** Figure-2 style: one stacked bar per program, A64 (bottom) and Morello (top) instruction counts. */
export function stackedBarsSvg(profiles: readonly Profile[], title = 'Dynamic instructions: A64 vs Morello'): string {
  const W = Math.max(480, 140 + profiles.length * 90);
  const H = 360;
  const left = 70;
  const top = 50;
  const plotH = 220;
  const max = Math.max(1, ...profiles.map((p) => p.totals.instructions));
  const scale = (n: number): number => (n / max) * plotH;
  const parts: string[] = [];
  for (let g = 0; g <= 4; g++) {
    const y = top + plotH - (plotH * g) / 4;
    parts.push(`<line x1="${left}" x2="${W - 20}" y1="${y}" y2="${y}" stroke="#ddd"/>`);
    parts.push(`<text x="${left - 8}" y="${y + 4}" text-anchor="end" font-size="11">${label((max * g) / 4)}</text>`);
  }
  profiles.forEach((p, i) => {
    const x = left + 30 + i * 90;
    const ha = scale(p.totals.a64);
    const hm = scale(p.totals.morello);
    const name = p.program.replace(/^.*\//, '').replace(/\.elf(\.gz)?$/, '');
    parts.push(`<rect x="${x}" y="${top + plotH - ha}" width="50" height="${ha}" fill="${A64}"><title>A64 ${p.totals.a64}</title></rect>`);
    parts.push(`<rect x="${x}" y="${top + plotH - ha - hm}" width="50" height="${hm}" fill="${MORELLO}"><title>Morello ${p.totals.morello}</title></rect>`);
    parts.push(`<text x="${x + 25}" y="${top + plotH - ha - hm - 6}" text-anchor="middle" font-size="11">${label(p.totals.instructions)}</text>`);
    parts.push(`<text x="${x + 25}" y="${top + plotH + 16}" text-anchor="middle" font-size="11" transform="rotate(20 ${x + 25} ${top + plotH + 16})">${esc(name)}</text>`);
  });
  parts.push(`<rect x="${left}" y="${H - 36}" width="12" height="12" fill="${A64}"/><text x="${left + 18}" y="${H - 26}" font-size="12">A64 instructions</text>`);
  parts.push(`<rect x="${left + 150}" y="${H - 36}" width="12" height="12" fill="${MORELLO}"/><text x="${left + 168}" y="${H - 26}" font-size="12">Morello instructions</text>`);
  return svgDoc(W, H, title, parts);
}

const METRICS: readonly [keyof ClassCounts, string][] = [
  ['instructions', 'instructions'], ['loads', 'loads'], ['stores', 'stores'], ['capLoads', 'cap loads'], ['capStores', 'cap stores'], ['branches', 'branches'],
];

/** Figure-1 style: counts of `b` normalised to `a` for each metric (bars; 1.0 = same). */
export function compareSvg(a: Profile, b: Profile): string {
  const W = 620;
  const H = 340;
  const left = 70;
  const top = 50;
  const plotH = 200;
  const ratios = METRICS.map(([k, name]) => {
    const x = a.totals[k];
    const y = b.totals[k];
    return { name, ratio: x === 0 ? (y === 0 ? 1 : NaN) : y / x, a: x, b: y };
  });
  const max = Math.ceil(Math.max(2, ...ratios.filter((r) => Number.isFinite(r.ratio)).map((r) => r.ratio)) * 1.1 * 2) / 2;
  const yOf = (r: number): number => top + plotH - (r / max) * plotH;
  const parts: string[] = [];
  for (let v = 0; v <= max + 1e-9; v += 0.5) {
    parts.push(`<line x1="${left}" x2="${W - 20}" y1="${yOf(v)}" y2="${yOf(v)}" stroke="#eee"/>`);
    parts.push(`<text x="${left - 8}" y="${yOf(v) + 4}" text-anchor="end" font-size="11">${v.toFixed(1)}</text>`);
  }
  ratios.forEach((r, i) => {
    const x = left + 20 + i * 85;
    if (Number.isFinite(r.ratio)) {
      parts.push(`<rect x="${x}" y="${yOf(r.ratio)}" width="50" height="${top + plotH - yOf(r.ratio)}" fill="${r.ratio > 1 ? MORELLO : A64}"><title>${r.b} / ${r.a}</title></rect>`);
      parts.push(`<text x="${x + 25}" y="${yOf(r.ratio) - 5}" text-anchor="middle" font-size="11">${r.ratio.toFixed(2)}×</text>`);
    } else parts.push(`<text x="${x + 25}" y="${top + plotH - 5}" text-anchor="middle" font-size="11">n/a</text>`);
    parts.push(`<text x="${x + 25}" y="${top + plotH + 16}" text-anchor="middle" font-size="11">${r.name}</text>`);
  });
  parts.push(`<line x1="${left}" x2="${W - 20}" y1="${yOf(1)}" y2="${yOf(1)}" stroke="#333" stroke-dasharray="4 3"/>`);
  const an = esc(a.program.replace(/^.*\//, ''));
  const bn = esc(b.program.replace(/^.*\//, ''));
  parts.push(`<text x="${left}" y="${H - 20}" font-size="12">${bn} normalised to ${an} (dashed line = 1.0)</text>`);
  return svgDoc(W, H, `Relative cost: ${bn} / ${an}`, parts);
}

function svgDoc(w: number, h: number, title: string, parts: readonly string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" font-family="Helvetica, Arial, sans-serif">
<rect width="100%" height="100%" fill="white"/>
<text x="${w / 2}" y="26" text-anchor="middle" font-size="15" font-weight="bold">${esc(title)}</text>
${parts.join('\n')}
</svg>
`;
}
