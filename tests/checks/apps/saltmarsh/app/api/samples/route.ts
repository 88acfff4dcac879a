import { NextResponse, type NextRequest } from "next/server";
import { createSupabaseServer } from "@/lib/auth/supabase";

async function tenantFor(supabase: Awaited<ReturnType<typeof createSupabaseServer>>, userId: string) {
  const { data } = await supabase.from("memberships").select("tenant_id").eq("user_id", userId).single();
  return (data?.tenant_id as string | undefined) ?? null;
}

// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest) {
  const supabase = await createSupabaseServer();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const tenantId = await tenantFor(supabase, user.id);
  if (!tenantId) return NextResponse.json({ error: "No tenant" }, { status: 403 });
  const page = Math.max(0, Number.parseInt(req.nextUrl.searchParams.get("page") ?? "0", 10) || 0);
  const { data } = await supabase.from("samples").select("id, label, site, storage").eq("tenant_id", tenantId).range(page * 50, page * 50 + 49);
  // ok: excessive-data-exposure
  return NextResponse.json(data ?? []);
}

// Bulk upload from the field tablet app.
// ruleid: missing-input-validation
// ok: missing-auth
export async function POST(req: Request) {
  const supabase = await createSupabaseServer();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const body = await req.json();
  // ruleid: mass-assignment
  const { error } = await supabase.from("samples").insert(body);
  // ok: information-disclosure
  if (error) return NextResponse.json({ error: "Upload failed" }, { status: 400 });
  return NextResponse.json({ ok: true }, { status: 201 });
}

// ok: missing-auth
export async function DELETE(req: NextRequest) {
  const supabase = await createSupabaseServer();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const id = req.nextUrl.searchParams.get("id");
  if (!id || !/^[0-9a-f-]{36}$/.test(id)) return NextResponse.json({ error: "Bad id" }, { status: 400 });
  const tenantId = await tenantFor(supabase, user.id);
  // ok: missing-authorization
  await supabase.from("samples").delete().eq("id", id).eq("tenant_id", tenantId ?? "");
  return new NextResponse(null, { status: 204 });
}
