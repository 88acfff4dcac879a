type Item = { id: string; title: string; notes: string | null; audioUrl: string; publishedAt: Date | null };

function esc(s: string) {
  return s.replace(/[<>&'"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[c]!);
}

export function renderFeed(show: { title: string; description: string | null; slug: string }, items: Item[]) {
  const entries = items
    .map(
      (i) => `<item><guid>${i.id}</guid><title>${esc(i.title)}</title><description>${esc(i.notes ?? "")}</description><enclosure url="${esc(i.audioUrl)}" type="audio/mpeg"/><pubDate>${i.publishedAt?.toUTCString() ?? ""}</pubDate></item>`,
    )
    .join("");
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>${esc(show.title)}</title><link>https://podhollow.fm/shows/${show.slug}</link><description>${esc(show.description ?? "")}</description>${entries}</channel></rss>`;
}
