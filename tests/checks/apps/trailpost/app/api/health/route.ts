import { NextResponse } from "next/server";
import { pool } from "@/lib/db/pg";

// ok: missing-auth
export async function GET() {
  // ok: sql-injection
  await pool.query("SELECT 1");
  return NextResponse.json({ ok: true, version: process.env.VERCEL_GIT_COMMIT_SHA?.slice(0, 7) ?? "dev" });
}
