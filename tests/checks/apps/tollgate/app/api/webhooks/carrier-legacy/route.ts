import { NextResponse } from "next/server";
import { createHmac } from "node:crypto";
import { db, trackingEvents } from "@/lib/db";

// v1 of the carrier integration, still used by one regional carrier.
// ruleid: missing-input-validation
export async function POST(req: Request) {
  const raw = await req.text();
  const signature = req.headers.get("x-signature");
  const digest = createHmac("sha1", process.env.CARRIER_LEGACY_SECRET!).update(raw).digest("hex");
  // ruleid: timing-unsafe-comparison
  if (signature !== digest) {
    return NextResponse.json({ error: "bad signature" }, { status: 401 });
  }
  const body = JSON.parse(raw);
  // ruleid: mass-assignment
  await db.insert(trackingEvents).values(body);
  return NextResponse.json({ ok: true });
}
