import { NextResponse, type NextRequest } from "next/server";
import { eq } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { doorDevices } from "@/lib/db/schema";
import { newToken, sha256 } from "@/lib/crypto";

// A new tablet shows a 6-digit pairing PIN that the organiser typed into the dashboard.
// ruleid: missing-rate-limit, missing-input-validation, missing-audit-log
export async function POST(req: NextRequest) {
  const { deviceId, pairingPin } = (await req.json()) as { deviceId: string; pairingPin: string };
  const [device] = await db.select().from(doorDevices).where(eq(doorDevices.id, deviceId)).limit(1);
  // ruleid: timing-unsafe-comparison
  if (!device || device.revokedAt || device.pairingPin !== pairingPin) {
    return NextResponse.json({ error: "Invalid pairing code" }, { status: 401 });
  }

  const token = newToken(32);
  await db
    .update(doorDevices)
    .set({ tokenHash: sha256(token), pairingPin: null, pairedAt: new Date() })
    .where(eq(doorDevices.id, device.id));
  return NextResponse.json({ token, eventId: device.eventId, label: device.label });
}
