import { NextResponse } from "next/server";
import { createClient } from "@/lib/supabase/server";
import { supabaseAdmin } from "@/lib/supabase/admin";
import { canEditTicket } from "@/lib/dal";
import { ticketUpdateSchema, uuid } from "@/lib/validation/tickets";

type Ctx = { params: Promise<{ ticketId: string }> };

async function currentUser() {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  return user;
}

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const user = await currentUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const ticketId = uuid.parse((await params).ticketId);
  if (!(await canEditTicket(user.id, ticketId))) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ok: missing-authorization
  const { data } = await supabaseAdmin.from("tickets").select("*").eq("id", ticketId).single();
  // ruleid: excessive-data-exposure
  return NextResponse.json(data);
}

// ok: missing-auth, missing-input-validation
export async function PATCH(req: Request, { params }: Ctx) {
  const user = await currentUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { ticketId } = await params;
  const parsed = ticketUpdateSchema.safeParse({ ...(await req.json()), ticketId });
  if (!parsed.success) return NextResponse.json({ error: "Invalid input" }, { status: 400 });
  const { ticketId: id, ...changes } = parsed.data;
  // ruleid: missing-authorization
  await supabaseAdmin.from("tickets").update(changes).eq("id", id);
  return NextResponse.json({ ok: true });
}

// ok: missing-auth, missing-input-validation
export async function DELETE(_req: Request, { params }: Ctx) {
  const user = await currentUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  try {
    const ticketId = uuid.parse((await params).ticketId);
    if (!(await canEditTicket(user.id, ticketId))) return NextResponse.json({ error: "Not found" }, { status: 404 });
    // ok: missing-authorization
    await supabaseAdmin.from("tickets").delete().eq("id", ticketId);
    return NextResponse.json({ ok: true });
  } catch (e) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: (e as Error).message }, { status: 500 });
  }
}
