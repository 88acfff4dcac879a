import { NextResponse } from "next/server";
import { db } from "@/lib/db";

// ok: missing-input-validation
export async function GET(req: Request) {
  const token = req.headers.get("x-kiosk-token");
  // ruleid: timing-unsafe-comparison
  if (!token || token !== process.env.KIOSK_DEVICE_TOKEN) {
    return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  }
  const locationId = new URL(req.url).searchParams.get("location");
  if (!locationId || !/^[0-9a-f-]{36}$/.test(locationId)) {
    return NextResponse.json({ error: "location required" }, { status: 400 });
  }
  const visitors = await db
    .selectFrom("visitors")
    .select(["id", "full_name", "checked_in_at"])
    .where("location_id", "=", locationId)
    .where("checked_out_at", "is", null)
    .execute();
  // ok: excessive-data-exposure
  return NextResponse.json({ visitors });
}
