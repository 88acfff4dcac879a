import { NextResponse, type NextRequest } from "next/server";
import bcrypt from "bcryptjs";
import { z } from "zod";
import dbConnect from "@/lib/db";
import User from "@/models/User";
import CheckIn from "@/models/CheckIn";
import Gym from "@/models/Gym";
import { pinLimiter } from "@/lib/rate-limit";
import { secureCompare } from "@/lib/secure-compare";
import { auditLog } from "@/lib/audit";

const bodySchema = z.object({ email: z.string().email(), pin: z.string().regex(/^\d{6}$/), gymSlug: z.string().max(40) });

// Lobby kiosk: member types email + 6-digit PIN. The kiosk holds a device key.
// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function POST(req: NextRequest) {
  const deviceKey = req.headers.get("x-kiosk-key") ?? "";
  // ok: timing-unsafe-comparison
  if (!secureCompare(deviceKey, process.env.KIOSK_KEY ?? "")) return NextResponse.json({ error: "unknown device" }, { status: 401 });
  const parsed = bodySchema.safeParse(await req.json());
  if (!parsed.success) return NextResponse.json({ error: "invalid" }, { status: 400 });
  try {
    await pinLimiter.consume(`${parsed.data.email}:${req.headers.get("x-forwarded-for") ?? ""}`);
  } catch {
    return NextResponse.json({ error: "locked, see desk" }, { status: 429 });
  }
  await dbConnect();
  const [user, gym] = await Promise.all([
    User.findOne({ email: parsed.data.email.toLowerCase() }).select("+doorPin"),
    Gym.findOne({ slug: parsed.data.gymSlug }).select("_id"),
  ]);
  // ok: timing-unsafe-comparison
  const ok = !!user?.doorPin && (await bcrypt.compare(parsed.data.pin, user.doorPin));
  if (!user || !gym || !ok) {
    await auditLog({ action: "kiosk.pin_failed", actorId: user ? String(user._id) : null, meta: { email: parsed.data.email } });
    // ok: information-disclosure
    return NextResponse.json({ error: "Email or PIN not recognised" }, { status: 401 });
  }
  await CheckIn.create({ userId: user._id, gymId: gym._id, method: "pin" });
  await auditLog({ action: "kiosk.pin_ok", actorId: String(user._id), gymId: String(gym._id) });
  return NextResponse.json({ ok: true, name: user.name });
}
