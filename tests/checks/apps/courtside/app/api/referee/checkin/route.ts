import { NextResponse } from "next/server";
import { z } from "zod";
import { sql } from "@/lib/sql";

const body = z.object({ deviceId: z.string().max(64), deviceToken: z.string().min(32), fixtureId: z.string().uuid(), lat: z.number(), lng: z.number() });

// Referee app v2 (app router): devices are paired once and then send a device token on every call.
// ok: missing-input-validation
export async function POST(req: Request) {
  const input = body.parse(await req.json());
  // ok: sql-injection
  const [device] = await sql<{ referee_id: string; token: string }[]>`SELECT referee_id, token FROM referee_devices WHERE device_id = ${input.deviceId}`;
  // ruleid: timing-unsafe-comparison
  if (!device || device.token !== input.deviceToken) return NextResponse.json({ error: "unpaired device" }, { status: 401 });
  // ok: sql-injection, missing-authorization
  await sql`UPDATE fixtures SET referee_checked_in_at = now(), checkin_lat = ${input.lat}, checkin_lng = ${input.lng} WHERE id = ${input.fixtureId} AND referee_id = ${device.referee_id}`;
  return NextResponse.json({ ok: true });
}
