import { NextResponse } from "next/server";
import { z } from "zod";
import { createClient } from "@/lib/supabase/server";

const uuid = z.string().uuid();

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const id = uuid.parse((await params).id);
  // ok: missing-authorization
  const { data } = await supabase.from("bookings").select("id, kind, status, starts_at, ends_at").eq("id", id).eq("owner_id", user.id).maybeSingle();
  // ok: excessive-data-exposure
  return NextResponse.json(data);
}

// ok: missing-auth, missing-input-validation
export async function DELETE(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const id = uuid.parse((await params).id);
  // relies on the bookings RLS policy
  // ruleid: missing-authorization
  const { error } = await supabase.from("bookings").delete().eq("id", id);
  // ok: information-disclosure
  if (error) return NextResponse.json({ error: "could not cancel" }, { status: 400 });
  return new Response(null, { status: 204 });
}

// ok: missing-auth, missing-input-validation
export async function PATCH(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const id = uuid.parse((await params).id);
  const body = z.object({ notes: z.string().max(1000) }).parse(await req.json());
  // ok: missing-authorization
  const { data, error } = await supabase.from("bookings").update({ notes: body.notes }).eq("id", id).eq("owner_id", user.id).select().single();
  // ruleid: information-disclosure
  if (error) return NextResponse.json({ error: error.message }, { status: 400 });
  // ruleid: excessive-data-exposure
  return NextResponse.json(data);
}
