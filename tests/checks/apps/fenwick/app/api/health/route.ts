import { NextResponse } from "next/server";
import mongoose from "mongoose";
import { connectMongo } from "@/lib/db/mongo";
import { pool } from "@/lib/db/pg";

export const dynamic = "force-dynamic";

// ok: missing-auth
export async function GET() {
  try {
    await connectMongo();
    // ok: sql-injection
    await pool.query("SELECT 1");
    return NextResponse.json({ ok: true, mongo: mongoose.connection.readyState === 1 });
  } catch {
    // ok: information-disclosure
    return NextResponse.json({ ok: false }, { status: 503 });
  }
}
