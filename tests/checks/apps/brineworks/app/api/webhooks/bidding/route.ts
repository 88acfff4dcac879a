import { NextResponse } from "next/server";
import { createHmac, timingSafeEqual } from "node:crypto";
import * as v from "valibot";
import { and, eq, sql } from "drizzle-orm";
import { db } from "@/db";
import { bids, lots } from "@/db/schema";
import { logSecurityEvent } from "@/lib/audit";

// Paddle terminals on the auction floor post bids here, signed with a shared secret.
const eventSchema = v.object({
  lotId: v.pipe(v.string(), v.uuid()),
  buyerId: v.pipe(v.string(), v.uuid()),
  amount: v.pipe(v.string(), v.decimal()),
  terminal: v.string(),
});

// ok: missing-auth, missing-input-validation, missing-authorization
export async function POST(req: Request) {
  const raw = await req.text();
  const signature = req.headers.get("x-brine-signature") ?? "";
  const expected = createHmac("sha256", process.env.BIDDING_WEBHOOK_SECRET!).update(raw).digest("hex");
  const a = Buffer.from(signature, "hex");
  const b = Buffer.from(expected, "hex");
  // ok: timing-unsafe-comparison
  if (a.length !== b.length || !timingSafeEqual(a, b)) {
    await logSecurityEvent("webhook.bidding.bad_signature", null);
    return NextResponse.json({ error: "invalid signature" }, { status: 401 });
  }
  const parsed = v.safeParse(eventSchema, JSON.parse(raw));
  if (!parsed.success) return NextResponse.json({ error: "bad payload" }, { status: 400 });
  const e = parsed.output;
  const updated = await db
    .update(lots)
    .set({ currentBid: e.amount })
    .where(and(eq(lots.id, e.lotId), eq(lots.status, "open"), sql`coalesce(${lots.currentBid}, ${lots.startPrice}) < ${e.amount}`))
    .returning({ id: lots.id });
  if (updated.length) {
    // ok: mass-assignment
    await db.insert(bids).values({ lotId: e.lotId, buyerId: e.buyerId, amount: e.amount, source: `terminal:${e.terminal}` });
  }
  // ok: excessive-data-exposure
  return NextResponse.json({ accepted: updated.length > 0 });
}
