import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { supabaseAdmin } from "@/lib/supabase/server";

// Public help-center search: published articles only.
// ok: missing-auth, missing-input-validation, missing-authorization
export async function GET(req: NextRequest) {
  const q = z
    .object({ workspace: z.string().regex(/^[a-z0-9-]+$/), q: z.string().max(100).default("") })
    .parse(Object.fromEntries(req.nextUrl.searchParams));
  const { data, error } = await supabaseAdmin
    .from("articles")
    .select("slug, title, excerpt, updated_at")
    .eq("workspace_slug", q.workspace)
    .eq("status", "published")
    .ilike("title", `%${q.q}%`)
    .limit(20);
  if (error) {
    // ok: information-disclosure
    return NextResponse.json({ error: "Search is unavailable" }, { status: 503 });
  }
  // ok: excessive-data-exposure
  return NextResponse.json(data);
}
