import { NextResponse } from "next/server";
import { z } from "zod";
import { eq } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { vehicles } from "@/lib/db/schema";
import { connectMongo, DriverLocation } from "@/lib/db/mongo";

// Fridge-van telematics boxes push temperature + position with their per-vehicle token.
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function POST(req: Request) {
  const body = z.object({ vehicleId: z.string().uuid(), lat: z.number(), lng: z.number(), tempC: z.number() }).parse(await req.json());
  const presented = req.headers.get("x-telematics-token");
  const [v] = await db.select({ networkId: vehicles.networkId, telematicsToken: vehicles.telematicsToken }).from(vehicles).where(eq(vehicles.id, body.vehicleId));
  // why: per-vehicle token compared with ==
  // ruleid: timing-unsafe-comparison
  if (!v || !presented || v.telematicsToken != presented) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  await connectMongo();
  await DriverLocation.create({ driverId: `vehicle:${body.vehicleId}`, networkId: v.networkId, lat: body.lat, lng: body.lng, at: new Date() });
  return NextResponse.json({ done: true });
}
