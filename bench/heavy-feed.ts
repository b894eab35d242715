/**
 * A feed page with thousands of posts, heavier than the test fixtures, for measuring cost while scrolling.
 * `listensToWheels`: with a passive wheel listener of its own, as real feeds have (for their own effects).
 */
export function heavyFeed(posts: number, { listensToWheels = false } = {}): string {
  const items: string[] = [];
  for (let i = 0; i < posts; i++) {
    items.push(
      `<article class="post"><header><b>@user_${i % 97}</b> · ${(i % 23) + 1} h</header>` +
        `<div class="media" style="--hue:${(i * 37) % 360}"></div>` +
        `<p>Post ${i}: a photo from the weekend, a thought about coffee, and a link nobody will open.</p>` +
        `<footer>${(i * 13) % 900} likes · ${(i * 7) % 80} comments</footer></article>`,
    );
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Heavy feed</title><style>
body{margin:0;font:15px/1.4 system-ui,sans-serif;background:#fafafa}
main{max-width:34rem;margin:0 auto;padding:1rem}
.post{background:#fff;border:1px solid #ddd;border-radius:8px;margin:0 0 1rem;padding:.75rem}
.media{height:320px;border-radius:6px;background:linear-gradient(135deg,hsl(var(--hue) 60% 70%),hsl(calc(var(--hue) + 60) 60% 60%))}
footer{color:#666;font-size:.85rem}
</style>${listensToWheels ? "<script>let wheels = 0; addEventListener('wheel', () => { wheels++; }, { passive: true });</script>" : ''}</head><body><main>${items.join('')}</main></body></html>`;
}
