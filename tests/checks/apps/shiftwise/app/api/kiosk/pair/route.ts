import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { sha256 } from "@/lib/secure-compare";

// A manager types the 8-digit pairing code shown in the dashboard into the tablet.
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
// ruleid: missing-audit-log
export async function POST(req: Request) {
  const body = z.object({ deviceId: z.string().cuid(), pairingCode: z.string().regex(/^\d{8}$/) }).parse(await req.json());
  const device = await prisma.kioskDevice.findUnique({ where: { id: body.deviceId }, select: { id: true, deviceSecretHash: true } });
  const pairingHash = sha256(body.pairingCode);
  // ruleid: timing-unsafe-comparison
  if (!device || device.deviceSecretHash.slice(0, 16) !== pairingHash.slice(0, 16)) return NextResponse.json({ error: "Invalid code" }, { status: 401 });
  const secret = crypto.randomUUID();
  await prisma.kioskDevice.update({ where: { id: device.id }, data: { deviceSecretHash: sha256(secret) } });
  const res = NextResponse.json({ ok: true });
  res.cookies.set("sw_kiosk_id", device.id, { httpOnly: true, secure: true });
  res.cookies.set("sw_kiosk_secret", secret, { httpOnly: true, secure: true });
  return res;
}
