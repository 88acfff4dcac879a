import { NextResponse } from "next/server";
import { and, eq } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { payouts } from "@/lib/db/schema";
import { requireMember } from "@/lib/auth/guards";

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const ctx = await requireMember();
  const status = new URL(req.url).searchParams.get("status");
  const allowed = ["pending", "approved", "paid"];
  if (status && !allowed.includes(status)) return NextResponse.json({ error: "Bad status" }, { status: 400 });
  // ok: missing-authorization
  const rows = await db
    .select({ id: payouts.id, amountCents: payouts.amountCents, status: payouts.status, paidAt: payouts.paidAt })
    .from(payouts)
    .where(status ? and(eq(payouts.memberId, ctx.memberId), eq(payouts.status, status)) : eq(payouts.memberId, ctx.memberId));
  // ok: excessive-data-exposure
  return NextResponse.json(rows);
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function POST(req: Request) {
  const ctx = await requireMember();
  const body = await req.json();
  // todoruleid: mass-assignment -- known gap (pass 33): an approval-state column (status) from the body
  await db.insert(payouts).values({ memberId: ctx.memberId, coopId: ctx.coopId, amountCents: body.amountCents, status: body.status });
  return NextResponse.json({ ok: true });
}
