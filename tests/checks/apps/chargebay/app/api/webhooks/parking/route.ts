import { NextResponse } from "next/server";
import { sql } from "@vercel/postgres";
import { z } from "zod";

const BayUpdate = z.object({ sensorId: z.string().max(64), occupied: z.boolean(), at: z.string().datetime() });

// Parking-sensor vendor (ParkSense) pushes bay occupancy. They never set up signing.
// ruleid: missing-auth
// ok: missing-input-validation
export async function POST(req: Request) {
  const update = BayUpdate.parse(await req.json());
  // ok: sql-injection
  await sql`UPDATE parking_bays SET occupied = ${update.occupied}, occupied_changed_at = ${update.at} WHERE sensor_id = ${update.sensorId}`;
  return NextResponse.json({ ok: true });
}
