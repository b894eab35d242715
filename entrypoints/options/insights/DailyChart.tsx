/**
 * Passive minutes against connections made, day by day: bars for minutes,
 * dots for connections. The figure says the totals in words and the table
 * below it holds every number, for screen readers and for anyone who
 * prefers numbers to shapes.
 */
import type { DayPoint } from '../../../utils/insights/figures';

const WIDTH = 640;
const HEIGHT = 180;
const PAD = { top: 12, right: 36, bottom: 24, left: 36 };

function label(day: string, many: boolean): string {
  const date = new Date(`${day}T12:00:00`);
  return many
    ? date.toLocaleDateString(undefined, { day: 'numeric', month: 'short' })
    : date.toLocaleDateString(undefined, { weekday: 'short' });
}

export function DailyChart({ series }: { series: readonly DayPoint[] }) {
  const minutes = series.map((p) => Math.round(p.passiveMs / 60_000));
  const maxMinutes = Math.max(10, ...minutes);
  const maxConnections = Math.max(3, ...series.map((p) => p.connections));
  const totalMinutes = minutes.reduce((a, b) => a + b, 0);
  const totalConnections = series.reduce((a, p) => a + p.connections, 0);
  const slot = (WIDTH - PAD.left - PAD.right) / series.length;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const many = series.length > 7;
  const summary = `Last ${series.length} days: ${totalMinutes} minutes of passive scrolling and ${totalConnections} ${
    totalConnections === 1 ? 'connection' : 'connections'
  }.`;

  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={summary} class="daily-chart">
        <line x1={PAD.left} x2={WIDTH - PAD.right} y1={HEIGHT - PAD.bottom} y2={HEIGHT - PAD.bottom} class="axis" />
        <text x={PAD.left - 6} y={PAD.top + 8} class="tick" text-anchor="end">
          {maxMinutes}m
        </text>
        <text x={WIDTH - PAD.right + 6} y={PAD.top + 8} class="tick connections-tick">
          {maxConnections}
        </text>
        {series.map((point, i) => {
          const barHeight = ((minutes[i] ?? 0) / maxMinutes) * plotHeight;
          const x = PAD.left + i * slot;
          const cy = HEIGHT - PAD.bottom - (point.connections / maxConnections) * plotHeight;
          return (
            <g key={point.day}>
              <rect
                x={x + slot * 0.15}
                y={HEIGHT - PAD.bottom - barHeight}
                width={slot * 0.7}
                height={barHeight}
                class="bar"
              />
              {point.connections > 0 && <circle cx={x + slot / 2} cy={cy} r={5} class="dot" />}
              {(!many || i % 5 === 0 || i === series.length - 1) && (
                <text x={x + slot / 2} y={HEIGHT - 6} class="tick" text-anchor="middle">
                  {label(point.day, many)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption>
        {summary} <span class="legend-bar">Bars: passive minutes.</span>{' '}
        <span class="legend-dot">Dots: connections.</span>
      </figcaption>
      <details>
        <summary>Show as a table</summary>
        <table>
          <caption class="visually-hidden">Passive minutes and connections by day</caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col" class="number">
                Passive minutes
              </th>
              <th scope="col" class="number">
                Connections
              </th>
              <th scope="col" class="number">
                Nudges
              </th>
            </tr>
          </thead>
          <tbody>
            {series.map((point, i) => (
              <tr key={point.day}>
                <th scope="row">{point.day}</th>
                <td class="number">{minutes[i]}</td>
                <td class="number">{point.connections}</td>
                <td class="number">{point.nudges}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
