import { NextResponse } from "next/server";
import { eq } from "drizzle-orm";
import { auth } from "@/lib/auth/authjs";
import { db } from "@/lib/db/drizzle";
import { bookings } from "@/lib/db/schema";

type Ctx = { params: Promise<{ id: string }> };

// ok: missing-auth
export async function GET(_req: Request, { params }: Ctx) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { id } = await params;
  // ruleid: missing-authorization
  const [row] = await db.select({ id: bookings.id, day: bookings.day, notes: bookings.notes, userId: bookings.userId }).from(bookings).where(eq(bookings.id, id));
  return NextResponse.json(row ?? null);
}

// ok: missing-auth
export async function DELETE(_req: Request, { params }: Ctx) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { id } = await params;
  const [row] = await db.select({ userId: bookings.userId }).from(bookings).where(eq(bookings.id, id));
  if (!row) return NextResponse.json({ error: "Not found" }, { status: 404 });
  if (row.userId !== session.user.id) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  // ok: missing-authorization
  await db.delete(bookings).where(eq(bookings.id, id));
  return new NextResponse(null, { status: 204 });
}

// ruleid: missing-auth
export async function PATCH(req: Request, { params }: Ctx) {
  const session = await auth();
  const { id } = await params;
  const body = (await req.json()) as { status?: unknown };
  if (body.status !== "cancelled") return NextResponse.json({ error: "Only cancellation is supported" }, { status: 400 });
  await db.update(bookings).set({ status: "cancelled", approvedBy: session?.user?.id ?? null }).where(eq(bookings.id, id));
  return NextResponse.json({ ok: true });
}
