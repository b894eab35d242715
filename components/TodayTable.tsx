import { formatDuration } from '../utils/platform/format';
import type { TodayStats } from '../utils/protocol/results';

export function TodayTable({ stats, caption }: { stats: TodayStats; caption: string }) {
  if (stats.sites.length === 0) {
    return <p class="muted">No passive scrolling recorded today.</p>;
  }
  return (
    <table>
      <caption class="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Site</th>
          <th scope="col" class="number">
            Passive time
          </th>
          <th scope="col" class="number">
            Nudges
          </th>
          <th scope="col" class="number">
            Connections
          </th>
        </tr>
      </thead>
      <tbody>
        {stats.sites.map((site) => (
          <tr key={site.site} data-site={site.site}>
            <th scope="row">{site.siteName}</th>
            <td class="number" data-passive-ms={site.passiveMs}>
              {formatDuration(site.passiveMs)}
            </td>
            <td class="number">{site.nudges}</td>
            <td class="number">{site.connections}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
