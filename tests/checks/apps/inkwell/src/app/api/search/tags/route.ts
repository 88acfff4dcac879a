import { NextResponse, type NextRequest } from "next/server";
import { verifySession } from "~/lib/dal";
import { notesByTag, searchNotes, type SortKey } from "~/server/search";

// ok: missing-auth
// ruleid: missing-input-validation -- the tag is pasted into SQL text inside the search helper
export async function GET(req: NextRequest) {
  const { userId } = await verifySession();
  const tag = req.nextUrl.searchParams.get("tag") ?? "";
  const notes = await notesByTag(userId, tag);
  return NextResponse.json(notes);
}

const SORT_KEYS = ["recent", "title", "words"] as const;

// ok: missing-auth
// ok: missing-input-validation -- explicit runtime checks
export async function POST(req: NextRequest) {
  const { userId } = await verifySession();
  const { q, sort } = (await req.json()) as { q: unknown; sort: unknown };
  if (typeof q !== "string" || q.length > 200 || !SORT_KEYS.includes(sort as SortKey)) {
    return NextResponse.json({ error: "Bad request" }, { status: 400 });
  }
  return NextResponse.json(await searchNotes(userId, q, sort as SortKey));
}
