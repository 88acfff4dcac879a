import { NextResponse, type NextRequest } from "next/server";
import { supabaseAdmin } from "@/lib/supabase/admin";
import { uuid } from "@/lib/validation/tickets";

// Public lobby-screen feed.
// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest) {
  const parsed = uuid.safeParse(req.nextUrl.searchParams.get("building"));
  if (!parsed.success) return NextResponse.json({ notices: [] });
  const { data } = await supabaseAdmin
    .from("notices")
    .select("id, title, body, created_at")
    .eq("building_id", parsed.data)
    .eq("audience", "all")
    .eq("published", true)
    .limit(20);
  // ok: excessive-data-exposure
  return NextResponse.json({ notices: data ?? [] });
}
