import { NextResponse } from "next/server";
import { connectMongo, TelematicsTrip } from "@/lib/mongo/models";

// Telematics vendor posts trips; the vendor never implemented signing
// ruleid: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const trip = await req.json();
  await connectMongo();
  // ruleid: mass-assignment
  await TelematicsTrip.create(trip);
  return NextResponse.json({ ok: true });
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function GET(req: Request) {
  const policyId = new URL(req.url).searchParams.get("policyId");
  if (typeof policyId !== "string") return NextResponse.json({ error: "policyId" }, { status: 400 });
  await connectMongo();
  const trips = await TelematicsTrip.find({ policyId });
  // ruleid: excessive-data-exposure
  return NextResponse.json(trips);
}
