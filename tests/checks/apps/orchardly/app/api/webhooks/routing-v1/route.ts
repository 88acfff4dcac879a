import { NextResponse } from "next/server";
import { eq } from "drizzle-orm";
import { db } from "@/lib/db";
import { deliveries } from "@/db/schema";
import { hmacHex } from "@/lib/secure-compare";

/** v1 of the routing webhook, still called by two farms that never migrated. */
// body of a signature-checked provider event into the DB (gap judge: ambiguous, as for the Stripe webhook)
export async function POST(req: Request) {
  const raw = await req.text();
  const signature = req.headers.get("x-routing-signature");
  const digest = hmacHex(process.env.ROUTING_WEBHOOK_SECRET!, raw);
  // ruleid: timing-unsafe-comparison
  if (signature !== digest) return new NextResponse("bad signature", { status: 401 });
  const body = JSON.parse(raw) as { stopId: string; status: string };
  await db.update(deliveries).set({ status: body.status }).where(eq(deliveries.id, body.stopId));
  return NextResponse.json({ ok: true });
}
