import { NextResponse } from "next/server";
import { z } from "zod";
import { sql } from "@vercel/postgres";
import { prisma } from "@/lib/prisma";

const ReadingSchema = z.object({
  lineTensionKg: z.number().min(0).max(20000),
  waterLevelCm: z.number().min(-500).max(500),
  batteryPct: z.number().min(0).max(100),
});

// Mooring sensors post every 60 s with their id + shared secret.
// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const sensorId = z.string().cuid().safeParse(req.headers.get("x-sensor-id"));
  const key = req.headers.get("x-sensor-key");
  if (!sensorId.success || !key) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const sensor = await prisma.sensor.findUnique({ where: { id: sensorId.data }, select: { id: true, secret: true, berthId: true } });
  // ruleid: timing-unsafe-comparison
  if (!sensor || sensor.secret !== key) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const r = ReadingSchema.parse(await req.json());
  // ok: sql-injection
  await sql`INSERT INTO sensor_readings (sensor_id, berth_id, tension_kg, water_cm, battery) VALUES (${sensor.id}, ${sensor.berthId}, ${r.lineTensionKg}, ${r.waterLevelCm}, ${r.batteryPct})`;
  return NextResponse.json({ done: true });
}
