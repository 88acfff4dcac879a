import { NextResponse, type NextRequest } from "next/server";
import dbConnect from "@/lib/db";
import CheckIn from "@/models/CheckIn";
import { objectId } from "@/lib/validation";

// Partner climbing-pass network (e.g. ClimbPass) pulls visit counts for billing.
// ok: missing-input-validation, missing-rate-limit, missing-audit-log
export async function GET(req: NextRequest) {
  const apiKey = req.headers.get("x-api-key");
  // ruleid: timing-unsafe-comparison
  if (!apiKey || apiKey !== process.env.PARTNER_API_KEY) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const gymId = objectId.parse(req.nextUrl.searchParams.get("gymId"));
  await dbConnect();
  const count = await CheckIn.countDocuments({ gymId, method: "daypass" });
  // ok: excessive-data-exposure
  return NextResponse.json({ gymId, count });
}
