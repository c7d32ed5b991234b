import type { CaseResult } from './case-result';

const colors = { console: '#1f6feb', baseline: '#8c959f', reference: '#d4a72c' } as const;
const barHeight = 16;
const gap = 4;
const labelWidth = 300;
const barsWidth = 420;
const width = labelWidth + barsWidth + 120;

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Records per second of every case against its baselines, as SVG text: one group of bars per
 * case, each group on its own scale (the cases differ by three orders of magnitude). Plain SVG
 * written by hand: a few rectangles and labels need no charting library and no browser.
 */
export function recordsPerSecondChart(results: readonly CaseResult[]): string {
  const shown = results.filter((r) => r.contestants.some((c) => c.role !== 'console'));
  const parts: string[] = [];
  let y = 40;
  for (const result of shown) {
    const top = Math.max(1, ...result.contestants.map((c) => c.recordsPerSecond));
    parts.push(
      `<text x="8" y="${y + 12}" font-weight="bold">${escape(`${result.title} (latency ${result.latency}, load ${result.machine.loadAverageAtStart})`)}</text>`,
    );
    y += barHeight + gap;
    for (const c of result.contestants) {
      const w = Math.max(1, Math.round((c.recordsPerSecond / top) * barsWidth));
      parts.push(
        `<text x="${labelWidth - 8}" y="${y + 12}" text-anchor="end">${escape(c.name)}</text>`,
        `<rect x="${labelWidth}" y="${y}" width="${w}" height="${barHeight}" fill="${colors[c.role]}"/>`,
        `<text x="${labelWidth + w + 6}" y="${y + 12}">${c.recordsPerSecond.toLocaleString('en')}/s</text>`,
      );
      y += barHeight + gap;
    }
    y += 12;
  }
  const legend = (['console', 'baseline', 'reference'] as const)
    .map(
      (role, i) =>
        `<rect x="${8 + i * 130}" y="10" width="12" height="12" fill="${colors[role]}"/><text x="${24 + i * 130}" y="21">${role}</text>`,
    )
    .join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${y}" viewBox="0 0 ${width} ${y}" font-family="sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    legend,
    ...parts,
    '</svg>',
    '',
  ].join('\n');
}
