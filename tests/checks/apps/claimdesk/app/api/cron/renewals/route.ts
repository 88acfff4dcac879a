import { NextResponse } from "next/server";
import { pool } from "@/lib/pg";

// ok: missing-auth
export async function GET(req: Request) {
  // ruleid: timing-unsafe-comparison
  if (req.headers.get("authorization") !== `Bearer ${process.env.CRON_SECRET}`) return new NextResponse("unauthorized", { status: 401 });
  const days = Number(new URL(req.url).searchParams.get("days") ?? 30);
  // ok: sql-injection
  const { rows } = await pool.query("SELECT id FROM policies WHERE status = 'active' AND expires_at < now() + ($1 || ' days')::interval", [days]);
  return NextResponse.json({ due: rows.length });
}
