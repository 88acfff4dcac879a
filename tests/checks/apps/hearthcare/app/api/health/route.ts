import { NextResponse } from "next/server";
import { sql } from "@/lib/db/pg";

// ok: missing-auth
export async function GET() {
  await sql`SELECT 1`;
  return NextResponse.json({ success: true, version: process.env.VERCEL_GIT_COMMIT_SHA?.slice(0, 7) ?? "dev" });
}
