import { NextResponse } from "next/server";
import { z } from "zod";
import { eq } from "drizzle-orm";
import { tdb } from "@/lib/db/drizzle";
import { devices } from "@/lib/db/schema";

// Lightweight keep-alive from printer agents (every 30 s).
// ok: missing-auth, missing-input-validation
export async function POST(req: Request, { params }: { params: Promise<{ deviceId: string }> }) {
  const deviceId = z.string().uuid().parse((await params).deviceId);
  const [device] = await tdb.select({ id: devices.id, signingSecret: devices.signingSecret }).from(devices).where(eq(devices.id, deviceId));
  if (!device) return NextResponse.json({ error: "unknown" }, { status: 404 });
  const presented = req.headers.get("x-device-secret");
  // why: device secret compared with === against the stored secret
  // ruleid: timing-unsafe-comparison
  if (!presented || presented !== device.signingSecret) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  await tdb.update(devices).set({ lastSeenAt: new Date() }).where(eq(devices.id, device.id));
  return new NextResponse(null, { status: 204 });
}
