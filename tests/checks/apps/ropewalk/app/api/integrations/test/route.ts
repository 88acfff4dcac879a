import { NextResponse, type NextRequest } from "next/server";
import { requireStaff } from "@/lib/session";
import { objectId } from "@/lib/validation";

// "Send test event" button for a gym's outbound webhook integration.
// ruleid: missing-input-validation
export async function POST(req: NextRequest) {
  const { gymId, url } = await req.json();
  await requireStaff(objectId.parse(gymId), "gym_manager");
  const res = await fetch(url, { method: "POST", body: JSON.stringify({ type: "test", gymId }), headers: { "content-type": "application/json" } });
  return NextResponse.json({ status: res.status });
}
