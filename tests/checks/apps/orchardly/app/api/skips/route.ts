import { NextResponse } from "next/server";
import { auth } from "@clerk/nextjs/server";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/db";
import { skips, subscriptions, members } from "@/db/schema";

const bodySchema = z.object({ memberId: z.string().uuid().optional(), week: z.string().date() });

// Mobile app: skip next week. (memberId lets the app skip for "household" accounts.)
// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const { userId } = await auth();
  if (!userId) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const body = bodySchema.parse(await req.json());
  const [self] = await db.select({ id: members.id }).from(members).where(eq(members.clerkUserId, userId)).limit(1);
  const memberId = body.memberId ?? self?.id;
  if (!memberId) return NextResponse.json({ error: "no membership" }, { status: 404 });
  // the client's memberId picks the subscription; the skip filed under it below is the write
  const [sub] = await db.select({ id: subscriptions.id }).from(subscriptions).where(and(eq(subscriptions.memberId, memberId), eq(subscriptions.status, "active"))).limit(1);
  if (!sub) return NextResponse.json({ error: "no active share" }, { status: 404 });
  await db.insert(skips).values({ subscriptionId: sub.id, week: body.week }); // ruleid: missing-authorization
  return NextResponse.json({ ok: true });
}

// ok: missing-auth, missing-input-validation
export async function GET() {
  const { userId } = await auth();
  if (!userId) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const rows = await db.select({ week: skips.week }).from(skips).innerJoin(subscriptions, eq(subscriptions.id, skips.subscriptionId)).innerJoin(members, eq(members.id, subscriptions.memberId)).where(eq(members.clerkUserId, userId));
  // ok: excessive-data-exposure
  return NextResponse.json(rows.map((r) => r.week));
}
