import { auth } from "@clerk/nextjs/server";
import { desc, eq } from "drizzle-orm";
import { db } from "@/lib/db";
import { payouts } from "@/db/schema";

type Ctx = { params: Promise<{ partnerId: string }> };

// ok: missing-auth
// todoruleid: missing-input-validation -- by design a URL string into an ORM filter or a bound parameter is not flagged (a string by construction)
export async function GET(_req: Request, { params }: Ctx) {
  const { userId } = await auth();
  if (!userId) return new Response("Unauthorized", { status: 401 });
  const { partnerId } = await params;
  // ruleid: missing-authorization
  const rows = await db
    .select({ id: payouts.id, amountCents: payouts.amountCents, paidAt: payouts.paidAt })
    .from(payouts)
    .where(eq(payouts.partnerId, partnerId))
    .orderBy(desc(payouts.paidAt));
  return Response.json(rows);
}

// ruleid: missing-auth
export async function POST(req: Request) {
  const { userId } = await auth();
  const body = (await req.json()) as { amountCents: unknown };
  if (typeof body.amountCents !== "number" || body.amountCents <= 0) {
    return Response.json({ error: "Invalid amount" }, { status: 400 });
  }
  // ok: mass-assignment -- fields picked one by one, partner from the session
  await db.insert(payouts).values({ partnerId: userId!, amountCents: body.amountCents });
  return Response.json({ ok: true });
}

// ok: missing-auth -- auth.protect() throws for visitors
export async function DELETE() {
  const { userId } = await auth.protect();
  // ok: missing-authorization -- the caller's own rows
  await db.delete(payouts).where(eq(payouts.partnerId, userId));
  return new Response(null, { status: 204 });
}
