import { NextResponse } from "next/server";
import * as v from "valibot";
import { searchEpisodes, searchShows } from "@/lib/search";
import { SearchSchema } from "@/lib/validators";

// Public search over published, visible content.
// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const sp = new URL(req.url).searchParams;
  const parsed = v.safeParse(SearchSchema, { q: sp.get("q") ?? "", sort: sp.get("sort") ?? undefined });
  if (!parsed.success) return NextResponse.json({ error: "Bad query" }, { status: 400 });
  const [episodes, shows] = await Promise.all([searchEpisodes(parsed.output.q, parsed.output.sort), searchShows(parsed.output.q)]);
  // ok: excessive-data-exposure
  return NextResponse.json({ episodes, shows });
}
