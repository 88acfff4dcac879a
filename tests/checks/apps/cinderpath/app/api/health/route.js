import { NextResponse } from "next/server";
import { sql } from "@/lib/db/postgres";

// ok: missing-auth
export async function GET() {
  // ok: sql-injection
  await sql`SELECT 1`;
  return NextResponse.json({ ok: true, version: process.env.VERCEL_GIT_COMMIT_SHA ?? "dev" });
}
