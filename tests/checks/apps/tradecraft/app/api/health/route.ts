import { NextResponse } from "next/server";
import { sql } from "@/lib/db/sql";

// ok: missing-auth
export async function GET() {
  // ok: sql-injection
  await sql`select 1`;
  return NextResponse.json({ status: "ok", version: process.env.APP_VERSION ?? "dev" });
}
