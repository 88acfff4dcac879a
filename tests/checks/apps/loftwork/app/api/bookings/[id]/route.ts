import { NextResponse, type NextRequest } from "next/server";
import { auth } from "@/lib/auth";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";

type Ctx = { params: Promise<{ id: string }> };

// ok: missing-auth
export async function GET(req: NextRequest, { params }: Ctx) {
  const session = await auth.api.getSession({ headers: req.headers });
  if (!session) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { id } = await params;
  // ok: missing-authorization
  const booking = await db
    .selectFrom("bookings")
    .select(["id", "status", "starts_at", "ends_at", "price_cents", "paid", "notes"])
    .where("id", "=", id)
    .where("user_id", "=", session.user.id)
    .executeTakeFirst();
  if (!booking) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ok: excessive-data-exposure
  return NextResponse.json(booking);
}

// ruleid: missing-input-validation
// ok: missing-auth
export async function PATCH(req: NextRequest, { params }: Ctx) {
  const session = await auth.api.getSession({ headers: req.headers });
  if (!session) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { id } = await params;
  const body = await req.json();
  try {
    // ruleid: mass-assignment
    await db.updateTable("bookings").set(body).where("id", "=", id).where("user_id", "=", session.user.id).execute();
  } catch (err) {
    logger.error("booking patch failed", { err: String(err) });
    // ruleid: information-disclosure
    return NextResponse.json({ error: "Update failed", detail: (err as Error).message }, { status: 500 });
  }
  return NextResponse.json({ ok: true });
}

// ok: missing-auth
export async function DELETE(req: NextRequest, { params }: Ctx) {
  const session = await auth.api.getSession({ headers: req.headers });
  if (!session) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { id } = await params;
  // ruleid: missing-authorization
  await db.updateTable("bookings").set({ status: "cancelled" }).where("id", "=", id).execute();
  return new NextResponse(null, { status: 204 });
}
