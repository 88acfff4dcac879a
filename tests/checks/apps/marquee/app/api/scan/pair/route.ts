import { NextResponse } from "next/server";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { ddb } from "@/lib/db/drizzle";
import { scannerDevices } from "@/lib/db/schema";
import { hashToken, newToken } from "@/lib/crypto";
import { rateLimitByIp } from "@/lib/ratelimit";

// A new scanner device exchanges the 6-digit pairing code shown in the dashboard for its device token.
// ok: missing-auth, missing-input-validation, missing-rate-limit
// todook: missing-audit-log -- ambiguous (judge): a scanner device token as an issued API key
export async function POST(req: Request) {
  await rateLimitByIp("scanner-pair", 5, "10 m");
  const { deviceId, pin } = z.object({ deviceId: z.string().uuid(), pin: z.string().regex(/^\d{6}$/) }).parse(await req.json());
  const [device] = await ddb
    .select({ id: scannerDevices.id, pairingCode: scannerDevices.pairingCode })
    .from(scannerDevices)
    .where(eq(scannerDevices.id, deviceId));
  const expectedPin = device?.pairingCode;
  // ruleid: timing-unsafe-comparison
  if (!device || expectedPin == null || expectedPin != pin) {
    return NextResponse.json({ error: "Invalid code" }, { status: 401 });
  }
  const token = newToken();
  await ddb.update(scannerDevices).set({ tokenHash: hashToken(token), pairingCode: null }).where(eq(scannerDevices.id, device.id));
  // ok: excessive-data-exposure
  return NextResponse.json({ deviceToken: token });
}
