/**
 * A labelled horizontal bar per item: the labels and numbers are text, so
 * the chart reads as a list to a screen reader without any extra telling.
 */
export function BarList({
  caption,
  items,
}: {
  caption: string;
  items: readonly { key: string; label: string; value: number; shown: string }[];
}) {
  const max = Math.max(1, ...items.map((item) => item.value));
  return (
    <figure class="chart">
      <figcaption>{caption}</figcaption>
      <ul class="bar-list">
        {items.map((item) => (
          <li key={item.key} data-key={item.key}>
            <span class="bar-label">{item.label}</span>
            <span class="bar-track" aria-hidden="true">
              <span class="bar-fill" style={{ width: `${(item.value / max) * 100}%` }} />
            </span>
            <span class="bar-value">{item.shown}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
