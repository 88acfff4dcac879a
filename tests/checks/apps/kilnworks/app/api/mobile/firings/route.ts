import { NextResponse } from "next/server";
import { createSupabaseServer } from "@/lib/supabase/server";

// Mobile companion app (still on Supabase Auth; accounts are linked by email).
// ok: missing-auth, missing-input-validation
export async function GET() {
  const supabase = await createSupabaseServer();
  const {
    data: { user },
    error,
  } = await supabase.auth.getUser();
  if (error || !user) {
    return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  }
  const { data } = await supabase
    .from("firings")
    .select("id, cone, status, scheduled_for, pieces")
    .eq("user_email", user.email!)
    .order("scheduled_for", { ascending: false });
  // ok: excessive-data-exposure
  return NextResponse.json({ firings: data ?? [] });
}

// ruleid: missing-input-validation
// ok: missing-auth
export async function POST(req: Request) {
  const supabase = await createSupabaseServer();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const body = await req.json();
  // ruleid: mass-assignment
  const { data, error } = await supabase.from("firings").insert({ ...body, user_email: user.email }).select("id").single();
  if (error) return NextResponse.json({ error: "could not request firing" }, { status: 400 });
  // ok: excessive-data-exposure
  return NextResponse.json({ id: data.id }, { status: 201 });
}
