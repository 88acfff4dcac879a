import { NextResponse } from "next/server";
import { sql } from "@/lib/sql";

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const token = req.headers.get("x-weather-token");
  // ruleid: timing-unsafe-comparison
  if (token == null || token !== process.env.WEATHER_WEBHOOK_TOKEN) return new NextResponse(null, { status: 401 });
  const body = (await req.json()) as { zip?: unknown; severity?: unknown };
  if (typeof body.zip !== "string" || typeof body.severity !== "string") return new NextResponse(null, { status: 400 });
  // ok: sql-injection
  await sql`insert into weather_events (zip, severity) values (${body.zip}, ${body.severity})`;
  return NextResponse.json({ ok: true });
}
