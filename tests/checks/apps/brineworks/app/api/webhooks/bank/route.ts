import { NextResponse } from "next/server";
import { createHmac } from "node:crypto";
import * as v from "valibot";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { payouts } from "@/db/schema";
import { audit } from "@/lib/audit";

const payloadSchema = v.object({ reference: v.string(), status: v.picklist(["paid", "failed"]) });

// Bank callback when a payout clears.
// ok: missing-input-validation
export async function POST(req: Request) {
  const raw = await req.text();
  const signature = req.headers.get("x-bank-signature");
  const digest = createHmac("sha256", process.env.BANK_WEBHOOK_SECRET!).update(raw).digest("hex");
  // ruleid: timing-unsafe-comparison
  if (signature !== digest) {
    return NextResponse.json({ error: "bad signature" }, { status: 401 });
  }
  try {
    const body = v.parse(payloadSchema, JSON.parse(raw));
    // ok: mass-assignment
    await db.update(payouts).set({ status: body.status }).where(eq(payouts.reference, body.reference));
    await audit.record({ actorId: null, action: "payout.bank_callback", target: body.reference, meta: { status: body.status } });
    return NextResponse.json({ ok: true });
  } catch (e) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: e instanceof Error ? e.message : String(e) }, { status: 400 });
  }
}
