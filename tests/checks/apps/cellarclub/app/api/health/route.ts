import { NextResponse } from "next/server";
import { pool } from "@/lib/db/pg";

// ok: missing-auth
export async function GET() {
  // ok: sql-injection
  await pool.query("SELECT 1");
  // ok: excessive-data-exposure
  return NextResponse.json({ status: "ok", version: process.env.VERCEL_GIT_COMMIT_SHA?.slice(0, 7) ?? "dev" });
}
