import { NextResponse, type NextRequest } from "next/server";
import dbConnect from "@/lib/db";
import ApiKey from "@/models/ApiKey";
import Route from "@/models/Route";
import { sha256 } from "@/lib/secure-compare";

async function gymForKey(req: NextRequest) {
  const key = req.headers.get("x-api-key");
  if (!key) return null;
  await dbConnect();
  // ok: timing-unsafe-comparison
  const row = await ApiKey.findOne({ keyHash: sha256(key), revokedAt: null }).select("gymId").lean();
  return row ? String(row.gymId) : null;
}

// Booking/route widget embedded on partner sites.
// ok: missing-input-validation, missing-rate-limit, missing-audit-log
export async function GET(req: NextRequest) {
  const gymId = await gymForKey(req);
  if (!gymId) return NextResponse.json({ error: "invalid api key" }, { status: 401 });
  const routes = await Route.find({ gymId, status: "live" }).sort({ setAt: -1 }).limit(200).lean();
  // ruleid: excessive-data-exposure
  return NextResponse.json({ routes });
}
