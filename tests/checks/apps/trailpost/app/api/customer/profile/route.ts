import { NextResponse } from "next/server";
import { createClient } from "@/lib/supabase/server";

// ok: missing-auth
export async function GET() {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  // ok: missing-authorization
  const { data } = await supabase.from("profiles").select("*").eq("user_id", user.id).single();
  // why: select("*") returns the whole profile row (passport number, DOB, internal flags)
  // ruleid: excessive-data-exposure
  return NextResponse.json(data);
}

// why: JSON body reaches the update with no schema or check
// ruleid: missing-input-validation
// ok: missing-auth
export async function PATCH(req: Request) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const body = await req.json();
  // why: request body written wholesale to the profile row
  // ruleid: mass-assignment
  await supabase.from("profiles").update(body).eq("user_id", user.id);
  return NextResponse.json({ ok: true });
}
