/** Mentions of an entity over time as an inline SVG bar chart, with the numbers also given as a table for screen readers. */
import type { JSX } from 'preact';
import { formatDate } from '../format/dates.js';
import { mentionSeries } from '../entity/mention-series.js';

const WIDTH = 640;
const HEIGHT = 180;
const PAD = { top: 12, right: 8, bottom: 28, left: 36 };

export function MentionsChart({ points }: { points: readonly { period: string; mentions: number }[] }): JSX.Element {
  const { unit, bars } = mentionSeries(points);
  if (bars.length === 0) return <p class="state empty">No dated mentions.</p>;
  const most = Math.max(...bars.map((bar) => bar.mentions));
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const step = plotWidth / bars.length;
  const barWidth = Math.max(2, Math.min(40, step * 0.8));
  // Label every bar when they fit, else about eight labels evenly spread.
  const labelEvery = Math.max(1, Math.ceil(bars.length / 8));
  const y = (value: number): number => PAD.top + plotHeight - (value / most) * plotHeight;
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby="mentions-caption" class="mentions-chart">
        <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(0)} y2={y(0)} class="axis" />
        <text x={PAD.left - 6} y={y(most) + 4} text-anchor="end" class="tick">
          {most}
        </text>
        <text x={PAD.left - 6} y={y(0) + 4} text-anchor="end" class="tick">
          0
        </text>
        {bars.map((bar, index) => {
          const x = PAD.left + index * step + (step - barWidth) / 2;
          return (
            <g key={bar.period}>
              <rect x={x} y={y(bar.mentions)} width={barWidth} height={y(0) - y(bar.mentions)} class="bar">
                <title>
                  {formatDate(bar.period)}: {bar.mentions} mention{bar.mentions === 1 ? '' : 's'}
                </title>
              </rect>
              {index % labelEvery === 0 && (
                <text x={x + barWidth / 2} y={HEIGHT - 8} text-anchor="middle" class="tick">
                  {formatDate(bar.period)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption id="mentions-caption">Mentions per {unit}</figcaption>
      <table class="visually-hidden">
        <caption>Mentions per {unit}</caption>
        <tbody>
          {bars
            .filter((bar) => bar.mentions > 0)
            .map((bar) => (
              <tr key={bar.period}>
                <th scope="row">{formatDate(bar.period)}</th>
                <td>{bar.mentions}</td>
              </tr>
            ))}
        </tbody>
      </table>
    </figure>
  );
}
