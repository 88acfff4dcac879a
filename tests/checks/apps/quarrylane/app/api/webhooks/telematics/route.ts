import { NextResponse } from "next/server";
import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { nanoid } from "nanoid";
import { db, schema } from "@/lib/db/drizzle";
import { prisma } from "@/lib/db/prisma";
import { findByTelematicsDevice } from "@/lib/dal/machines";

const Reading = z.object({ deviceId: z.string().max(64), engineHours: z.number().nonnegative(), fuelPct: z.number().int().min(0).max(100), at: z.coerce.date() });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function POST(req: Request) {
  const raw = await req.text();
  const sig = req.headers.get("x-telemetry-signature") ?? "";
  const expected = createHmac("sha256", process.env.TELEMATICS_SECRET!).update(raw).digest("hex");
  // ok: timing-unsafe-comparison
  if (sig.length !== expected.length || !timingSafeEqual(Buffer.from(sig), Buffer.from(expected))) {
    return NextResponse.json({ error: "bad signature" }, { status: 401 });
  }
  const reading = Reading.parse(JSON.parse(raw));
  const machineId = await findByTelematicsDevice(reading.deviceId);
  if (!machineId) return NextResponse.json({ ignored: true });
  // ok: mass-assignment
  await db.insert(schema.telematicsReadings).values({ id: nanoid(), machineId, engineHours: reading.engineHours, fuelPct: reading.fuelPct, recordedAt: reading.at });
  // ok: missing-authorization
  await prisma.machine.update({ where: { id: machineId }, data: { engineHours: reading.engineHours } });
  return NextResponse.json({ ok: true });
}
