import { NextResponse, type NextRequest } from "next/server";
import dbConnect from "@/lib/db";
import Membership from "@/models/Membership";
import { requireStaff, AuthError } from "@/lib/session";
import { objectId } from "@/lib/validation";

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function GET(req: NextRequest, { params }: { params: Promise<{ gymId: string }> }) {
  const gymId = objectId.parse((await params).gymId);
  try {
    await requireStaff(gymId, "front_desk");
  } catch (e) {
    if (e instanceof AuthError) return NextResponse.json({ error: "forbidden" }, { status: 403 });
    throw e;
  }
  const status = req.nextUrl.searchParams.get("status") === "frozen" ? "frozen" : "active";
  await dbConnect();
  // ok: missing-authorization
  const members = await Membership.find({ gymId, status }).populate("userId").limit(500).lean();
  // ruleid: excessive-data-exposure
  return NextResponse.json(members);
}
