import { NextResponse } from "next/server";
import { and, eq } from "drizzle-orm";
import { auth } from "@/auth";
import { db } from "@/db";
import { boats, payouts } from "@/db/schema";

// ok: missing-auth
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { id } = await params;
  // ok: missing-authorization
  const [p] = await db
    .select({ id: payouts.id, amount: payouts.amount, status: payouts.status, reference: payouts.reference })
    .from(payouts)
    .innerJoin(boats, eq(boats.id, payouts.boatId))
    .where(and(eq(payouts.id, id), eq(boats.ownerId, session.user.id)));
  if (!p) return NextResponse.json({ error: "not found" }, { status: 404 });
  // ok: excessive-data-exposure
  return NextResponse.json(p);
}

// ruleid: missing-auth
export async function POST(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const session = await auth();
  const { id } = await params;
  const { bankAccount } = await req.json();
  if (typeof bankAccount !== "string" || bankAccount.length > 34) return NextResponse.json({ error: "invalid" }, { status: 400 });
  // ok: mass-assignment
  await db.update(payouts).set({ bankAccount }).where(eq(payouts.id, id));
  return NextResponse.json({ ok: true, by: session?.user?.id });
}
