import { NextResponse } from "next/server";
import { connectMongo } from "@/lib/db/mongo";
import { VolunteerApplication } from "@/lib/models/VolunteerApplication";
import { assertCoordinator } from "@/lib/auth/guards";

// Coordinator review queue
// ok: missing-auth
export async function GET() {
  await assertCoordinator();
  await connectMongo();
  const apps = await VolunteerApplication.find({ status: "new" }).sort({ _id: -1 }).limit(100).lean();
  // ruleid: excessive-data-exposure
  return NextResponse.json(apps);
}
