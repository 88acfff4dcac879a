import { desc, eq } from "drizzle-orm";
import { feedDb, feedEntries } from "@/lib/db/sqlite";

function escapeXml(s: string) {
  return s.replace(/[<>&'"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[c]!);
}

// Public syndication feed for job boards.
// ok: missing-auth
export async function GET(req: Request) {
  const raw = new URL(req.url).searchParams.get("company");
  const company = raw && /^[a-z0-9-]{1,40}$/.test(raw) ? raw : null;
  const rows = company
    ? await feedDb
        .select({ id: feedEntries.id, title: feedEntries.title, location: feedEntries.location, url: feedEntries.url })
        .from(feedEntries)
        .where(eq(feedEntries.companySlug, company))
        .orderBy(desc(feedEntries.publishedAt))
        .limit(500)
    : await feedDb
        .select({ id: feedEntries.id, title: feedEntries.title, location: feedEntries.location, url: feedEntries.url })
        .from(feedEntries)
        .orderBy(desc(feedEntries.publishedAt))
        .limit(500);

  const items = rows
    .map((r) => `<job><id>${r.id}</id><title>${escapeXml(r.title)}</title><location>${escapeXml(r.location ?? "")}</location><url>${r.url}</url></job>`)
    .join("");
  // ok: excessive-data-exposure
  return new Response(`<?xml version="1.0"?><jobs>${items}</jobs>`, { headers: { "content-type": "application/xml" } });
}
