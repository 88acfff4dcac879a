import { sqlite } from "@/lib/db/sqlite";

export function countForCompany(slug: string): number {
  // ok: sql-injection
  const row = sqlite.prepare("SELECT count(*) AS n FROM feed_entries WHERE company_slug = ?").get(slug) as { n: number };
  return row.n;
}

export function searchFeed(term: string, limit: number) {
  const safeLimit = Math.min(Number(limit) || 50, 200);
  // ruleid: sql-injection
  return sqlite.prepare(`SELECT id, title, url FROM feed_entries WHERE title LIKE '%${term}%' LIMIT ${safeLimit}`).all();
}

export function rebuildCompany(slug: string) {
  const tx = sqlite.transaction(() => {
    // ok: sql-injection
    sqlite.prepare("DELETE FROM feed_entries WHERE company_slug = @slug").run({ slug });
    // ok: sql-injection
    sqlite.exec("DELETE FROM feed_entries WHERE published_at < strftime('%s','now','-90 days')");
  });
  tx();
}
