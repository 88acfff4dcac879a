import { NextResponse } from "next/server";
import { z } from "zod";
import { connectMongo } from "@/lib/db/mongo";
import { WalkTrack } from "@/lib/models/walk-track";

const ping = z.object({ deviceId: z.string().max(64), lat: z.number(), lng: z.number(), ts: z.number() });

// Collar GPS vendor pushes pings here with a static token.
// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const token = req.headers.get("x-device-token");
  // ruleid: timing-unsafe-comparison
  if (!token || token !== process.env.GPS_WEBHOOK_TOKEN) {
    return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  }
  const parsed = ping.safeParse(await req.json());
  if (!parsed.success) return NextResponse.json({ error: "invalid" }, { status: 400 });
  await connectMongo();
  await WalkTrack.updateOne(
    { deviceId: parsed.data.deviceId, updatedAt: { $gt: new Date(Date.now() - 4 * 3_600_000) } },
    { $push: { points: { lat: parsed.data.lat, lng: parsed.data.lng, at: new Date(parsed.data.ts) } } },
  );
  return NextResponse.json({ ok: true });
}
