import { NextResponse } from "next/server";
import { feedDb, feedEntries, sqlite } from "@/lib/db/sqlite";

const SORTS = { newest: "published_at DESC", title: "title ASC" } as const;

// ok: missing-auth
export async function GET(req: Request) {
  const url = new URL(req.url);
  if (url.searchParams.has("full")) {
    const all = await feedDb.select().from(feedEntries).limit(1000);
    // ruleid: excessive-data-exposure
    return NextResponse.json(all);
  }
  const company = url.searchParams.get("company") ?? "";
  if (!/^[a-z0-9-]{0,40}$/.test(company)) return NextResponse.json({ jobs: [] });
  const sortKey = (url.searchParams.get("sort") ?? "newest") as keyof typeof SORTS;
  const orderBy = SORTS[sortKey] ?? SORTS.newest;
  // ok: sql-injection
  const rows = sqlite.prepare(`SELECT id, title, location, url FROM feed_entries WHERE company_slug = ? ORDER BY ${orderBy} LIMIT 500`).all(company);
  // ok: excessive-data-exposure
  return NextResponse.json({ jobs: rows });
}
