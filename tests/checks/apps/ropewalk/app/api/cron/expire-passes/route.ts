import { NextResponse, type NextRequest } from "next/server";
import dbConnect from "@/lib/db";
import Membership from "@/models/Membership";
import { secureCompare } from "@/lib/secure-compare";

// ok: missing-auth, missing-input-validation, missing-rate-limit // ok: missing-audit-log -- fixed in pass 42 (A): Membership (billing plan) taken for a role-holder table
export async function GET(req: NextRequest) {
  const header = req.headers.get("authorization") ?? "";
  // ok: timing-unsafe-comparison
  if (!secureCompare(header, `Bearer ${process.env.CRON_SECRET}`)) {
    return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  }
  await dbConnect();
  const res = await Membership.updateMany({ status: "frozen", frozenUntil: { $lt: new Date() } }, { $set: { status: "active", frozenUntil: null } });
  // ok: excessive-data-exposure
  return NextResponse.json({ unfrozen: res.modifiedCount });
}
