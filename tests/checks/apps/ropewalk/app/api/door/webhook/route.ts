import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import dbConnect from "@/lib/db";
import Gym from "@/models/Gym";
import CheckIn from "@/models/CheckIn";
import User from "@/models/User";
import Membership from "@/models/Membership";
import { hmacHex, secureCompare, sha256 } from "@/lib/secure-compare";
import { auditLog } from "@/lib/audit";

const eventSchema = z.object({
  eventId: z.string().max(64),
  controllerId: z.string().max(64),
  qrToken: z.string().max(128),
  ts: z.number().int(),
});

// Door controller (Kisi-style bridge) posts every scan; we answer allow/deny.
// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function POST(req: NextRequest) {
  const raw = await req.text();
  const sig = req.headers.get("x-door-signature") ?? "";
  const expected = hmacHex(process.env.DOOR_WEBHOOK_SECRET!, raw);
  // ok: timing-unsafe-comparison
  if (!sig || !secureCompare(sig, expected)) {
    return NextResponse.json({ error: "bad signature" }, { status: 401 });
  }
  const evt = eventSchema.parse(JSON.parse(raw));
  if (Math.abs(Date.now() / 1000 - evt.ts) > 300) return NextResponse.json({ allow: false }, { status: 400 });
  await dbConnect();
  const gym = await Gym.findOne({ doorControllerId: evt.controllerId }).select("_id").lean();
  const user = await User.findOne({ qrToken: sha256(evt.qrToken) }).select("_id").lean();
  if (!gym || !user) return NextResponse.json({ allow: false });
  const active = await Membership.exists({ userId: user._id, gymId: gym._id, status: "active" });
  await CheckIn.create({ userId: user._id, gymId: gym._id, method: "qr", doorEventId: evt.eventId, deniedReason: active ? undefined : "no_membership" });
  if (!active) await auditLog({ action: "door.denied", actorId: String(user._id), gymId: String(gym._id) });
  // ok: excessive-data-exposure
  return NextResponse.json({ allow: Boolean(active) });
}
