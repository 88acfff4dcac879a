import { NextResponse } from "next/server";
import { validateRequest } from "@/lib/auth/lucia";
import { connectMongo, DriverLocation } from "@/lib/db/mongo";

// ok: missing-auth
// todoruleid: missing-input-validation -- (gap judge: ambiguous) a route parameter (a string by construction) into an ORM filter
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { user } = await validateRequest();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { id } = await params;
  await connectMongo();
  // why: any signed-in driver reads any other driver's live location by route param; id unchecked
  // ruleid: missing-authorization
  const loc = await DriverLocation.findOne({ driverId: id }, { lat: 1, lng: 1, at: 1 }).sort({ at: -1 }).lean();
  // ok: excessive-data-exposure
  return NextResponse.json(loc);
}
