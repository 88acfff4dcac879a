import { NextResponse } from "next/server";
import { pool } from "@/lib/db/pg";

// ok: missing-auth, missing-input-validation
export async function GET() {
  // ok: sql-injection
  await pool.query("SELECT 1");
  return NextResponse.json({ status: "ok" });
}
