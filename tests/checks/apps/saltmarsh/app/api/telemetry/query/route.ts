import { NextResponse, type NextRequest } from "next/server";
import { verifySession } from "@/lib/auth/dal";
import { telemetry } from "@/lib/db/sqlite";

// ruleid: missing-input-validation
// ok: missing-auth
export async function GET(req: NextRequest) {
  await verifySession();
  const instrument = req.nextUrl.searchParams.get("instrument") ?? "";
  const limit = Number(req.nextUrl.searchParams.get("limit") ?? 100) || 100;
  // ruleid: sql-injection
  const rows = telemetry.prepare(`select instrument, value, at from readings where instrument = '${instrument}' order by at desc limit ${limit}`).all();
  return NextResponse.json(rows);
}

// ok: missing-auth, missing-input-validation
export async function POST(req: NextRequest) {
  await verifySession();
  const body = await req.json();
  if (typeof body?.instrument !== "string" || body.instrument.length > 40) return NextResponse.json({ error: "bad instrument" }, { status: 400 });
  // ok: sql-injection
  const rows = telemetry.prepare("select instrument, value, at from readings where instrument = ? order by at desc limit 100").all(body.instrument);
  return NextResponse.json(rows);
}
