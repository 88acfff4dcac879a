import { NextResponse } from "next/server";
import { and, eq, or } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { shareTransfers, members } from "@/lib/db/schema";
import { getCurrentUser } from "@/lib/dal";
import { transferSchema } from "@/lib/validators";

async function myMemberId(userId: string) {
  const [m] = await db.select({ id: members.id }).from(members).where(eq(members.userId, userId));
  return m?.id;
}

// ok: missing-auth, missing-input-validation
export async function GET() {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const me = await myMemberId(user.id);
  // ok: missing-authorization
  const rows = await db
    .select({ id: shareTransfers.id, units: shareTransfers.units, priceCents: shareTransfers.priceCents, status: shareTransfers.status })
    .from(shareTransfers)
    .where(or(eq(shareTransfers.fromMemberId, me!), eq(shareTransfers.toMemberId, me!)));
  // ok: excessive-data-exposure
  return NextResponse.json(rows);
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function POST(req: Request) {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const body = await req.json();
  const input = transferSchema.parse(body);
  const fromMemberId: string = body.fromMemberId ?? (await myMemberId(user.id));
  // ruleid: missing-authorization
  const [t] = await db.insert(shareTransfers).values({ ...input, fromMemberId }).returning({ id: shareTransfers.id });
  return NextResponse.json({ id: t.id });
}

// ok: missing-auth, missing-input-validation
export async function DELETE(req: Request) {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const id = new URL(req.url).searchParams.get("id");
  if (!id || !/^[0-9a-f-]{36}$/.test(id)) return NextResponse.json({ error: "Bad id" }, { status: 400 });
  const me = await myMemberId(user.id);
  // ok: missing-authorization
  await db.delete(shareTransfers).where(and(eq(shareTransfers.id, id), eq(shareTransfers.fromMemberId, me!), eq(shareTransfers.status, "pending")));
  return NextResponse.json({ ok: true });
}
