import { NextResponse } from "next/server";
import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { createClient } from "@/lib/auth/supabase";
import { db, boats } from "@/lib/db";

type Ctx = { params: Promise<{ id: string }> };

// The user is read but never checked: an anonymous call runs with ownerId "".
// ok: missing-input-validation
// ruleid: missing-auth
export async function GET(_req: Request, { params }: Ctx) {
  const supabase = await createClient();
  const { data } = await supabase.auth.getUser();
  const { id } = z.object({ id: z.string().uuid() }).parse(await params);
  const boat = await db.query.boats.findFirst({ where: and(eq(boats.id, id), eq(boats.ownerId, data.user?.id ?? "")), columns: { id: true, name: true, lengthM: true, registration: true } });
  // ok: excessive-data-exposure
  return NextResponse.json(boat ?? null);
}

// ok: missing-auth, missing-input-validation
export async function DELETE(_req: Request, { params }: Ctx) {
  const supabase = await createClient();
  const { data, error } = await supabase.auth.getUser();
  if (error || !data.user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { id } = z.object({ id: z.string().uuid() }).parse(await params);
  // ok: missing-authorization
  const deleted = await db.delete(boats).where(and(eq(boats.id, id), eq(boats.ownerId, data.user.id))).returning({ id: boats.id });
  return NextResponse.json({ deleted: deleted.length });
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function PUT(req: Request, { params }: Ctx) {
  const supabase = await createClient();
  const { data } = await supabase.auth.getUser();
  if (!data.user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { id } = await params;
  const body = (await req.json()) as { name: string; insurancePolicy: string };
  // ok: missing-authorization, mass-assignment
  await db.update(boats).set({ name: body.name, insurancePolicy: body.insurancePolicy }).where(and(eq(boats.id, id), eq(boats.ownerId, data.user.id)));
  return NextResponse.json({ ok: true });
}
