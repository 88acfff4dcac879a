import { NextResponse } from "next/server";
import { createClient } from "@/lib/supabase/server";

// ok: missing-auth
export async function GET() {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  // ok: missing-authorization
  const { data: profile } = await supabase.from("profiles").select().eq("user_id", user.id).single();
  // ruleid: excessive-data-exposure
  return NextResponse.json({ id: user.id, email: user.email, profile });
}

// ok: missing-auth, missing-input-validation
export async function PATCH(req: Request) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const body = await req.json();
  if (typeof body.displayName !== "string" || body.displayName.length > 60) {
    return NextResponse.json({ error: "displayName must be a string of at most 60 characters" }, { status: 400 });
  }
  // ok: missing-authorization
  const { error } = await supabase
    .from("profiles")
    // ok: mass-assignment
    .update({ display_name: body.displayName })
    .eq("user_id", user.id);
  if (error) {
    // ruleid: information-disclosure
    return NextResponse.json({ error }, { status: 500 });
  }
  return NextResponse.json({ ok: true });
}
