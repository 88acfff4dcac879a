import { NextResponse } from "next/server";
import { createClient } from "@/lib/supabase/server";

// ok: missing-auth
// todoruleid: missing-input-validation -- `new URL(req.url).searchParams.get("q")` is not followed into a supabase `.ilike` filter (cause J)
export async function GET(req: Request) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const q = new URL(req.url).searchParams.get("q") ?? "";
  const { data, error } = await supabase.from("applications").select("*").ilike("title", `%${q}%`).limit(20);
  // ruleid: information-disclosure
  if (error) return NextResponse.json({ error: error.message }, { status: 500 });
  // ruleid: excessive-data-exposure
  return NextResponse.json(data);
}
