import { NextResponse } from "next/server";
import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { createClient } from "@/lib/auth/supabase";
import { requireStaff } from "@/lib/auth/staff";
import { db, bookings } from "@/lib/db";

type Ctx = { params: Promise<{ id: string }> };

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { id } = z.object({ id: z.string().uuid() }).parse(await params);
  // ok: missing-authorization
  const row = await db.query.bookings.findFirst({ where: and(eq(bookings.id, id), eq(bookings.ownerId, user.id)) });
  if (!row) return NextResponse.json({ error: "not found" }, { status: 404 });
  // ruleid: excessive-data-exposure
  return NextResponse.json(row);
}

const patch = z.object({ notes: z.string().max(500) });

// ok: missing-auth, missing-input-validation
export async function PATCH(req: Request, { params }: Ctx) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { id } = z.object({ id: z.string().uuid() }).parse(await params);
  const { notes } = patch.parse(await req.json());
  // ruleid: missing-authorization
  await db.update(bookings).set({ notes }).where(eq(bookings.id, id));
  return NextResponse.json({ ok: true });
}

// Staff: approve/cancel within their marina.
// ok: missing-auth, missing-input-validation
export async function DELETE(_req: Request, { params }: Ctx) {
  const staff = await requireStaff();
  const { id } = await params;
  if (!z.string().uuid().safeParse(id).success) return NextResponse.json({ error: "bad id" }, { status: 400 });
  // ok: missing-authorization
  await db.update(bookings).set({ status: "cancelled" }).where(and(eq(bookings.id, id), eq(bookings.organizationId, staff.orgId)));
  return new NextResponse(null, { status: 204 });
}
