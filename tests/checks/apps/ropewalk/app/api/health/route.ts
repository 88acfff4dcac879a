import { NextResponse } from "next/server";
import mongoose from "mongoose";
import dbConnect from "@/lib/db";

export const dynamic = "force-dynamic";

// ok: missing-auth, missing-rate-limit, missing-audit-log
export async function GET() {
  try {
    await dbConnect();
    return NextResponse.json({ ok: mongoose.connection.readyState === 1 });
  } catch {
    // ok: information-disclosure
    return NextResponse.json({ ok: false, error: "database unavailable" }, { status: 503 });
  }
}
