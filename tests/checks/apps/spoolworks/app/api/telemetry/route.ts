import { NextResponse } from "next/server";
import { z } from "zod";
import { eq } from "drizzle-orm";
import { tdb } from "@/lib/db/drizzle";
import { devices, telemetry, printers } from "@/lib/db/schema";
import { verifyDeviceSignature } from "@/lib/hmac";

const Reading = z.object({
  nozzleTemp: z.number().min(-20).max(500),
  bedTemp: z.number().min(-20).max(200),
  progress: z.number().int().min(0).max(100),
  state: z.enum(["idle", "printing", "paused", "error"]),
  extra: z.record(z.union([z.string(), z.number(), z.boolean()])).optional(),
});

// Printer agents POST one reading, signed with the device secret.
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function POST(req: Request) {
  const deviceId = req.headers.get("x-sw-device");
  const timestamp = req.headers.get("x-sw-timestamp") ?? "";
  if (!deviceId || !/^[0-9a-f-]{36}$/.test(deviceId)) return NextResponse.json({ error: "bad device" }, { status: 400 });
  const raw = await req.text();
  const [device] = await tdb.select({ id: devices.id, printerId: devices.printerId, signingSecret: devices.signingSecret, enabled: devices.enabled }).from(devices).where(eq(devices.id, deviceId));
  if (!device?.enabled || !verifyDeviceSignature(device.signingSecret, timestamp, raw, req.headers.get("x-sw-signature"))) {
    return NextResponse.json({ error: "invalid signature" }, { status: 401 });
  }
  const reading = Reading.parse(JSON.parse(raw));
  // ok: mass-assignment
  await tdb.insert(telemetry).values({ deviceId: device.id, printerId: device.printerId, nozzleTemp: reading.nozzleTemp, bedTemp: reading.bedTemp, progress: reading.progress, payload: reading.extra ?? {} });
  await tdb.update(printers).set({ status: reading.state }).where(eq(printers.id, device.printerId));
  // ok: excessive-data-exposure
  return NextResponse.json({ ok: true });
}
