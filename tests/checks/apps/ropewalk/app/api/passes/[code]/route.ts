import { NextResponse } from "next/server";
import dbConnect from "@/lib/db";
import DayPass from "@/models/DayPass";

// Guest checks their own pass from the emailed link.
// ok: missing-auth, missing-input-validation, missing-audit-log
export async function GET(_req: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  if (!/^[A-F0-9]{10}$/.test(code)) return NextResponse.json({ valid: false });
  await dbConnect();
  const pass = await DayPass.findOne({ code }).select("validOn redeemedAt").lean();
  // ok: excessive-data-exposure
  return NextResponse.json({ valid: !!pass && !pass.redeemedAt, validOn: pass?.validOn ?? null });
}
