/** The feed the demo serves at www.instagram.com: plenty to scroll, and a note on what to do. */
export function demoFeed(): string {
  const captions = [
    'Sunday market haul 🍋',
    'Ten photos from the coast',
    'New recipe: lemon and thyme focaccia',
    'Morning run, foggy bridge',
    'What I read this month',
    'The cat discovered the radiator',
    'Studio day, messy desk',
    'A very long thread about coffee grinders',
  ];
  const posts = Array.from({ length: 150 }, (_, i) => {
    const hue = (i * 47) % 360;
    return `<article><header><b>@account_${(i * 7) % 53}</b><span>${(i % 11) + 1} h</span></header>
      <div class="media" style="background:linear-gradient(135deg,hsl(${hue} 70% 72%),hsl(${(hue + 70) % 360} 60% 60%))"></div>
      <p>${captions[i % captions.length]}</p><footer>${(i * 37) % 900} likes</footer></article>`;
  }).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Demo feed · Tend</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><style>
body{margin:0;font:15px/1.4 system-ui,sans-serif;background:#fafafa;color:#222}
.banner{position:sticky;top:0;z-index:1;background:#2f6f4f;color:#fff;padding:.6rem 1rem;text-align:center}
main{max-width:30rem;margin:0 auto;padding:1rem}
article{background:#fff;border:1px solid #ddd;border-radius:10px;margin:0 0 1rem;padding:.75rem}
article header{display:flex;justify-content:space-between;margin-bottom:.5rem}
.media{height:300px;border-radius:8px}footer{color:#666;font-size:.85rem}
</style></head><body>
<div class="banner">Tend demo · a pretend feed served on this computer. Scroll for about 20 seconds.</div>
<main>${posts}</main></body></html>`;
}
