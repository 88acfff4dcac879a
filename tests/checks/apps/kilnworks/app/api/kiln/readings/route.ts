import { NextResponse } from "next/server";
import { eq } from "drizzle-orm";
import { db, kilns } from "@/lib/db";
import { latestReadings, readingsInRange } from "@/lib/db/telemetry";

// Studio TV dashboard polls this with the kiln's device token.
// ruleid: missing-input-validation -- (gap judge W, E; fixed in pass 29) a shared-secret (device token) route is not exempt from rule 3; from/to reach raw SQL
export async function GET(req: Request) {
  const url = new URL(req.url);
  const kilnId = url.searchParams.get("kiln") ?? "";
  const deviceToken = req.headers.get("x-device-token");
  const kiln = await db.query.kilns.findFirst({ where: eq(kilns.id, kilnId), columns: { id: true, controllerToken: true } });
  // ruleid: timing-unsafe-comparison
  if (!kiln || !deviceToken || deviceToken !== kiln.controllerToken) {
    return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  }
  const from = url.searchParams.get("from");
  const to = url.searchParams.get("to");
  const rows = from && to ? readingsInRange(kiln.id, from, to) : latestReadings(kiln.id, 200);
  // ok: excessive-data-exposure
  return NextResponse.json({ readings: rows });
}
