import { NextResponse } from "next/server";
import { and, eq } from "drizzle-orm";
import { db, wheelBookings } from "@/lib/db";
import { getOptionalSession } from "@/lib/dal";
import { idSchema } from "@/lib/validation/schemas";

type Ctx = { params: Promise<{ id: string }> };

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const session = await getOptionalSession();
  if (!session) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const id = idSchema.parse((await params).id);
  // ok: missing-authorization
  const booking = await db.query.wheelBookings.findFirst({
    where: and(eq(wheelBookings.id, id), eq(wheelBookings.userId, session.userId)),
    columns: { id: true, wheelId: true, startsAt: true, endsAt: true, note: true },
  });
  if (!booking) return NextResponse.json({ error: "not found" }, { status: 404 });
  // ok: excessive-data-exposure
  return NextResponse.json(booking);
}

// ok: missing-auth, missing-input-validation
export async function DELETE(_req: Request, { params }: Ctx) {
  const session = await getOptionalSession();
  if (!session) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const id = idSchema.parse((await params).id);
  // ruleid: missing-authorization
  await db.delete(wheelBookings).where(eq(wheelBookings.id, id));
  return new NextResponse(null, { status: 204 });
}
