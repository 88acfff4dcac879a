import { NextResponse } from "next/server";
import { verifyApiKey } from "@/lib/api-keys";
import { connectMongo } from "@/lib/db/mongo";
import { Telemetry } from "@/models/Telemetry";

// ok: missing-auth
// ruleid: missing-input-validation
export async function POST(req: Request) {
  const key = await verifyApiKey(req);
  if (!key) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const body = await req.json();
  await connectMongo();
  // ruleid: mass-assignment
  await Telemetry.create({ ...body, coopId: key.coopId });
  return NextResponse.json({ ok: true });
}

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const key = await verifyApiKey(req);
  if (!key) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  await connectMongo();
  // ok: missing-authorization
  const docs = await Telemetry.find({ coopId: key.coopId }).sort({ recordedAt: -1 }).limit(20).lean();
  // ruleid: excessive-data-exposure
  return NextResponse.json(docs);
}
