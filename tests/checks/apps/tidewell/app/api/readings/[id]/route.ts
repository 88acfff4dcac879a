import { NextResponse } from "next/server";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { auth } from "@/lib/auth";
import { db } from "@/lib/db/drizzle";
import { meterReadings, members } from "@/lib/db/schema";

type Ctx = { params: Promise<{ id: string }> };

async function currentMemberId() {
  const session = await auth();
  if (!session?.user?.id) return null;
  const [m] = await db.select({ id: members.id }).from(members).where(eq(members.userId, session.user.id));
  return m?.id ?? null;
}

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const memberId = await currentMemberId();
  if (!memberId) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { id } = await params;
  // ok: missing-authorization
  const [row] = await db.select().from(meterReadings).where(and(eq(meterReadings.id, id), eq(meterReadings.memberId, memberId)));
  if (!row) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ruleid: excessive-data-exposure
  return NextResponse.json(row);
}

const patchSchema = z.object({ kwh: z.number().positive(), photoUrl: z.string().url().optional() });

// ok: missing-auth, missing-input-validation
export async function PATCH(req: Request, { params }: Ctx) {
  const memberId = await currentMemberId();
  if (!memberId) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { id } = await params;
  const body = patchSchema.parse(await req.json());
  // ruleid: missing-authorization
  await db.update(meterReadings).set({ kwh: String(body.kwh), photoUrl: body.photoUrl }).where(eq(meterReadings.id, id));
  return NextResponse.json({ ok: true });
}

// ok: missing-auth, missing-input-validation
export async function DELETE(_req: Request, { params }: Ctx) {
  const memberId = await currentMemberId();
  if (!memberId) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { id } = await params;
  // ok: missing-authorization
  const deleted = await db.delete(meterReadings).where(and(eq(meterReadings.id, id), eq(meterReadings.memberId, memberId), eq(meterReadings.verified, false))).returning({ id: meterReadings.id });
  // ok: excessive-data-exposure
  return NextResponse.json({ deleted: deleted.length });
}
