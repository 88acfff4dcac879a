import { NextResponse, type NextRequest } from "next/server";
import dbConnect from "@/lib/db";
import Membership from "@/models/Membership";

// ok: missing-input-validation, missing-rate-limit, missing-audit-log
export async function GET(req: NextRequest) {
  // ruleid: timing-unsafe-comparison
  if (req.headers.get("authorization") !== `Bearer ${process.env.CRON_SECRET}`) {
    return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  }
  await dbConnect();
  const due = await Membership.countDocuments({ status: "active", renewsAt: { $lt: new Date() } });
  await Membership.updateMany({ status: "active", renewsAt: { $lt: new Date() }, billingRef: null }, { $set: { status: "past_due" } });
  // ok: excessive-data-exposure
  return NextResponse.json({ due });
}
