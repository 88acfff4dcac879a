import { NextResponse } from "next/server";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/db";
import { members } from "@/db/schema";
import { getCurrentMember } from "@/lib/dal";
import { requireFarmRole } from "@/lib/auth";

type Ctx = { params: Promise<{ id: string }> };

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const { farm } = await requireFarmRole("owner", "coordinator", "driver");
  const id = z.string().uuid().parse((await params).id);
  // ok: missing-authorization
  const [m] = await db.select({ id: members.id, fullName: members.fullName, phone: members.phone, address: members.address }).from(members).where(and(eq(members.id, id), eq(members.farmId, farm.id))).limit(1);
  // ok: excessive-data-exposure
  return m ? NextResponse.json(m) : NextResponse.json({ error: "not found" }, { status: 404 });
}

// Members edit their own contact details from the mobile app.
// ok: missing-auth, missing-input-validation
export async function PATCH(req: Request, { params }: Ctx) {
  const me = await getCurrentMember();
  const id = z.string().uuid().parse((await params).id);
  if (id !== me.id) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  const body = z.object({ fullName: z.string().max(100), phone: z.string().max(30), address: z.string().max(200) }).partial().parse(await req.json());
  // ok: missing-authorization, mass-assignment
  await db.update(members).set(body).where(eq(members.id, id));
  return NextResponse.json({ ok: true });
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function PUT(req: Request, { params }: Ctx) {
  const me = await getCurrentMember();
  const { id } = await params;
  const body = await req.json();
  // ruleid: missing-authorization, mass-assignment
  await db.update(members).set({ ...body }).where(eq(members.id, id));
  return NextResponse.json({ ok: true, by: me.id });
}
