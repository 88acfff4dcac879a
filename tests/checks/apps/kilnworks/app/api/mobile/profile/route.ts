import { NextResponse } from "next/server";
import { createSupabaseServer } from "@/lib/supabase/server";

// ruleid: missing-auth, missing-input-validation
export async function PATCH(req: Request) {
  const supabase = await createSupabaseServer();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  const body = await req.json();
  // ruleid: mass-assignment
  const { error } = await supabase.from("profiles").update(body).eq("id", user?.id);
  if (error) return NextResponse.json({ error: "could not save" }, { status: 400 });
  return NextResponse.json({ success: true });
}

// ok: missing-auth, missing-input-validation
export async function GET() {
  const supabase = await createSupabaseServer();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { data } = await supabase.from("profiles").select("id, display_name, avatar_url, studio_slug").eq("id", user.id).single();
  // ok: excessive-data-exposure
  return NextResponse.json(data);
}
