import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { createClient } from "@/lib/supabase/server";
import { searchPublicModels, type SortKey } from "@/lib/search";

const Query = z.object({ q: z.string().max(100).default(""), sort: z.enum(["newest", "popular", "rating"]).default("newest"), limit: z.coerce.number().int().min(1).max(100).default(24) });

// Public gallery search.
// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest) {
  const { q, sort, limit } = Query.parse(Object.fromEntries(req.nextUrl.searchParams));
  const rows = await searchPublicModels(q, sort as SortKey, limit);
  // ok: excessive-data-exposure
  return NextResponse.json({ models: rows });
}

// Upload metadata from the desktop uploader.
// why: JSON body goes straight into the insert without validation
// ruleid: missing-input-validation
// ok: missing-auth
export async function POST(req: Request) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const body = await req.json();
  // why: whole body spread into the row: is_featured, download_count, moderation_status come from the client
  // ruleid: mass-assignment
  const { data, error } = await supabase.from("models").insert({ ...body, owner_id: user.id }).select("id").single();
  // ok: information-disclosure
  if (error) return NextResponse.json({ error: "Could not save model" }, { status: 400 });
  // ok: excessive-data-exposure
  return NextResponse.json({ id: data.id }, { status: 201 });
}
