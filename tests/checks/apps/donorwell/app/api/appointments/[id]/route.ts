import { NextResponse } from "next/server";
import { z } from "zod";
import { db } from "@/lib/db/kysely";
import { getSession } from "@/lib/dal";
import { ownsAppointment } from "@/lib/guards";

type Ctx = { params: Promise<{ id: string }> };

async function donorIdFor(userId: string) {
  const row = await db.selectFrom("donors").select("id").where("userId", "=", userId).executeTakeFirst();
  return row?.id ?? null;
}

// ok: missing-auth, missing-input-validation
export async function PATCH(req: Request, { params }: Ctx) {
  const session = await getSession();
  if (!session) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const id = z.string().uuid().parse((await params).id);
  const { slotStart } = z.object({ slotStart: z.coerce.date() }).parse(await req.json());
  const donorId = await donorIdFor(session.user.id);
  // ok: floating-auth-check
  if (!donorId || !(await ownsAppointment(id, donorId))) return NextResponse.json({ error: "not found" }, { status: 404 });
  // ok: missing-authorization
  await db.updateTable("appointments").set({ slotStart, status: "moved" }).where("id", "=", id).execute();
  return NextResponse.json({ ok: true });
}

// ok: missing-auth
// todoruleid: missing-input-validation -- known gap (pass 38, P): route or search param into an ORM filter, Warden's pass-21 exemption
export async function DELETE(_req: Request, { params }: Ctx) {
  const session = await getSession();
  if (!session) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { id } = await params;
  // ruleid: missing-authorization
  await db.updateTable("appointments").set({ status: "cancelled" }).where("id", "=", id).execute();
  const donorId = await donorIdFor(session.user.id);
  if (!donorId || !(await ownsAppointment(id, donorId))) return NextResponse.json({ error: "not found" }, { status: 404 });
  return new NextResponse(null, { status: 204 });
}

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const session = await getSession();
  if (!session) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const id = z.string().uuid().parse((await params).id);
  const donorId = await donorIdFor(session.user.id);
  // ok: missing-authorization
  const appt = await db
    .selectFrom("appointments")
    .selectAll()
    .where("id", "=", id)
    .where("donorId", "=", donorId ?? "")
    .executeTakeFirst();
  // ruleid: excessive-data-exposure
  return NextResponse.json(appt ?? null);
}
