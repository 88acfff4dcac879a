import { NextResponse } from "next/server";
import { connectMongo, DroneCapture } from "@/lib/db/mongo";

// SkyFrame drone vendor: "orthomosaic ready" callback. The vendor has no signing, they
// said IP allow-listing at the load balancer is enough.
// ruleid: missing-auth
// ruleid: missing-input-validation
export async function POST(req: Request) {
  const body = await req.json();
  await connectMongo();
  await DroneCapture.updateOne(
    { vendorJobId: body.jobId },
    // ruleid: mass-assignment
    { $set: body },
    { upsert: true },
  );
  return NextResponse.json({ ok: true });
}
