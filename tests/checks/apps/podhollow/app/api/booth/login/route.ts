import { NextResponse } from "next/server";
import bcrypt from "bcryptjs";
import * as v from "valibot";
import { getBoothSession } from "@/lib/auth/booth";
import { prisma } from "@/lib/db/prisma";
import { limiter } from "@/lib/memory-limiter";
import { logActivity } from "@/lib/audit";

// Booth pairing over JSON (the tablet app).
// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function POST(req: Request) {
  const ip = req.headers.get("x-forwarded-for") ?? "local";
  if (!limiter.check(`booth-login:${ip}`, 5)) return NextResponse.json({ error: "Slow down" }, { status: 429 });
  const body = v.parse(v.object({ deviceId: v.string(), pin: v.pipe(v.string(), v.regex(/^\d{6}$/)) }), await req.json());
  const device = await prisma.boothDevice.findUnique({ where: { id: body.deviceId }, select: { id: true, networkId: true, pinHash: true } });
  if (!device) {
    await logActivity({ action: "booth.login_failed", target: body.deviceId });
    // ruleid: information-disclosure
    return NextResponse.json({ error: "Unknown booth device" }, { status: 404 });
  }
  // ok: timing-unsafe-comparison
  if (!(await bcrypt.compare(body.pin, device.pinHash))) {
    await logActivity({ networkId: device.networkId, action: "booth.login_failed", target: device.id });
    // ruleid: information-disclosure -- fixed in pass 40 (pass 38, E): unknown booth device vs incorrect PIN for this device tell the paired devices apart
    return NextResponse.json({ error: "Incorrect PIN for this device" }, { status: 401 });
  }
  const session = await getBoothSession();
  session.deviceId = device.id;
  session.networkId = device.networkId;
  await session.save();
  await logActivity({ networkId: device.networkId, action: "booth.login", target: device.id });
  return NextResponse.json({ ok: true });
}
