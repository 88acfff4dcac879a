import { NextResponse } from "next/server";
import { createHmac } from "node:crypto";
import { z } from "zod";
import { eq } from "drizzle-orm";
import { tdb } from "@/lib/db/drizzle";
import { devices, telemetry } from "@/lib/db/schema";

const Batch = z.array(z.object({ nozzleTemp: z.number(), bedTemp: z.number(), progress: z.number().int().min(0).max(100), at: z.string().datetime() })).max(500);

// Older firmware (v1.x) uploads buffered readings in batches.
// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const deviceId = z.string().uuid().parse(req.headers.get("x-sw-device"));
  const raw = await req.text();
  const [device] = await tdb.select({ id: devices.id, printerId: devices.printerId, signingSecret: devices.signingSecret }).from(devices).where(eq(devices.id, deviceId));
  if (!device) return NextResponse.json({ error: "unknown device" }, { status: 401 });
  const expectedSignature = createHmac("sha256", device.signingSecret).update(raw).digest("hex");
  // why: HMAC signature compared with !== (timing side channel)
  // ruleid: timing-unsafe-comparison
  if (req.headers.get("x-sw-signature") !== expectedSignature) {
    return NextResponse.json({ error: "invalid signature" }, { status: 401 });
  }
  const rows = Batch.parse(JSON.parse(raw));
  // ok: mass-assignment
  await tdb.insert(telemetry).values(rows.map((r) => ({ deviceId: device.id, printerId: device.printerId, nozzleTemp: r.nozzleTemp, bedTemp: r.bedTemp, progress: r.progress, recordedAt: new Date(r.at) })));
  return NextResponse.json({ stored: rows.length });
}
