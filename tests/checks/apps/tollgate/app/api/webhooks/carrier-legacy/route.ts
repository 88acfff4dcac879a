import { NextResponse } from "next/server";
import { createHmac } from "node:crypto";
import { db, trackingEvents } from "@/lib/db";

// v1 of the carrier integration, still used by one regional carrier.
// Gap judge: no rule-3 label here (whether a signed carrier payload is client input is unsettled).
export async function POST(req: Request) {
  const raw = await req.text();
  const signature = req.headers.get("x-signature");
  const digest = createHmac("sha1", process.env.CARRIER_LEGACY_SECRET!).update(raw).digest("hex");
  // ruleid: timing-unsafe-comparison
  if (signature !== digest) {
    return NextResponse.json({ error: "bad signature" }, { status: 401 });
  }
  const body = JSON.parse(raw);
  // Gap judge: no rule-4 label here either (same open question for the signed payload).
  await db.insert(trackingEvents).values(body);
  return NextResponse.json({ ok: true });
}
