import { NextResponse } from "next/server";
import { z } from "zod";
import { authenticateDevice } from "@/lib/auth/devices";
import { creditWristband } from "@/lib/wristbands";
import { logger } from "@/lib/logger";

const kioskTopUp = z.object({ uid: z.string().min(4).max(32), cents: z.number().int().min(100).max(20000), receipt: z.string().max(64) });

// Cash top-up kiosks on site authenticate as devices.
// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const device = await authenticateDevice(req);
  if (!device || device.gate !== "vendor") return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  const { uid, cents, receipt } = kioskTopUp.parse(await req.json());
  // ok: missing-authorization
  const res = await creditWristband(device.festival_id, uid, cents);
  logger.info({ device: device.id, uid, cents, receipt }, "kiosk top-up");
  // ok: excessive-data-exposure
  return NextResponse.json({ credited: res.modifiedCount === 1 });
}
