import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { createClient } from "@/lib/supabase/server";

// Public list of open marshal shifts.
// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest) {
  const raceSlug = z.string().regex(/^[a-z0-9-]+$/).parse(req.nextUrl.searchParams.get("race"));
  const supabase = await createClient();
  const { data } = await supabase.from("shifts").select("id, location, starts_at, slots_open").eq("race_slug", raceSlug).gt("slots_open", 0);
  // ok: excessive-data-exposure
  return NextResponse.json(data ?? []);
}

// Organisers create shifts from the race dashboard.
// ok: missing-auth
// ruleid: missing-input-validation
export async function POST(req: Request) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const body = await req.json();
  const { data: lead } = await supabase.from("race_organisers").select("race_slug").eq("user_id", user.id).eq("race_slug", body.race_slug).maybeSingle();
  if (!lead) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  try {
    // ok: missing-authorization
    // ruleid: mass-assignment
    const { data, error } = await supabase.from("shifts").insert({ ...body, created_by: user.id }).select("id").single();
    if (error) throw error;
    // ok: excessive-data-exposure
    return NextResponse.json(data, { status: 201 });
  } catch (err) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: String(err) }, { status: 400 });
  }
}
