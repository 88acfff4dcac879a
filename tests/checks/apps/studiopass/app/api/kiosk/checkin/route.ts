import { type } from "arktype";
import { eq } from "drizzle-orm";
import { aj } from "@/lib/arcjet";
import { kioskDb, kioskDevices, offlineCheckIns } from "@/lib/kiosk-db";
import { secureCompare, sha256 } from "@/lib/crypto";
import { prisma } from "@/lib/db";

const body = type({ deviceId: "string < 64", qrToken: "string < 128", memberHint: "string?" });

// Self-service kiosk at the door.
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function POST(req: Request) {
  const decision = await aj.protect(req);
  if (decision.isDenied()) return Response.json({ error: "slow_down" }, { status: 429 });
  const input = body(await req.json());
  if (input instanceof type.errors) return Response.json({ error: "bad_request" }, { status: 400 });
  const [device] = await kioskDb.select().from(kioskDevices).where(eq(kioskDevices.id, input.deviceId)).limit(1);
  const presented = req.headers.get("x-device-secret") ?? "";
  // ok: timing-unsafe-comparison
  if (!device || !secureCompare(presented, device.deviceSecret)) return Response.json({ error: "unknown_device" }, { status: 401 });
  const member = await prisma.member.findFirst({ where: { qrTokenHash: sha256(input.qrToken) }, select: { id: true, firstName: true } });
  if (!member) return Response.json({ error: "unknown_code" }, { status: 404 });
  await kioskDb.insert(offlineCheckIns).values({ memberId: member.id, locationId: device.locationId, at: Date.now() });
  // ok: excessive-data-exposure
  return Response.json({ welcome: member.firstName });
}
