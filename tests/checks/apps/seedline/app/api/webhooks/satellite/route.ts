import { NextResponse } from "next/server";
import { timingSafeEqual } from "node:crypto";
import { db, satelliteScenes } from "@/lib/drizzle";
import { hmacSha256 } from "@/lib/crypto";

// Imagery vendor notifies us when a new scene is processed for a subscribed field.
// todoruleid: missing-input-validation -- HMAC-verified webhook body is exempt corpus-wide (marquee K; inkwell, kitchenpass label this shape ok)
// ok: missing-auth
export async function POST(req: Request) {
  const raw = await req.text();
  const sig = Buffer.from(req.headers.get("x-vendor-signature") ?? "", "hex");
  const expected = Buffer.from(hmacSha256(process.env.SATELLITE_WEBHOOK_SECRET!, raw), "hex");
  // ok: timing-unsafe-comparison
  if (sig.length !== expected.length || !timingSafeEqual(sig, expected)) {
    return NextResponse.json({ error: "invalid signature" }, { status: 401 });
  }
  const scene = JSON.parse(raw);
  // todoruleid: mass-assignment -- a signature-verified webhook body is the provider's event, not a user's object (the same corpus-wide policy)
  await db.insert(satelliteScenes).values(scene);
  return NextResponse.json({ stored: true });
}
