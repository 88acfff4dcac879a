import { NextResponse } from "next/server";
import { z } from "zod";
import { sql } from "@/lib/db/postgres";
import { secureCompare } from "@/lib/compare";

type Ctx = { params: Promise<{ token: string }> };

// Shared itinerary links: the link token is the credential; family members may add a PIN.
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function GET(req: Request, { params }: Ctx) {
  const token = z.string().regex(/^[A-Za-z0-9_-]{32,64}$/).parse((await params).token);
  const pin = new URL(req.url).searchParams.get("pin") ?? "";
  // ok: sql-injection
  const [share] = await sql`SELECT booking_id, pin FROM itinerary_shares WHERE token_hash = encode(digest(${token}, 'sha256'), 'hex')`;
  if (!share) return NextResponse.json({ error: "Link expired" }, { status: 404 });
  // ruleid: timing-unsafe-comparison
  if (share.pin && share.pin !== pin) return NextResponse.json({ error: "PIN required" }, { status: 401 });
  const [trip] = await sql`SELECT s.departs_at, r.from_port, r.to_port FROM bookings b JOIN sailings s ON s.id = b.sailing_id JOIN routes r ON r.id = s.route_id WHERE b.id = ${share.booking_id}`;
  // ok: excessive-data-exposure
  return NextResponse.json({ departsAt: trip.departs_at, from: trip.from_port, to: trip.to_port });
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function POST(req: Request, { params }: Ctx) {
  const token = z.string().regex(/^[A-Za-z0-9_-]{32,64}$/).parse((await params).token);
  const { pin } = (await req.json()) as { pin?: unknown };
  if (typeof pin !== "string" || !/^\d{4,6}$/.test(pin)) return NextResponse.json({ error: "Bad PIN" }, { status: 400 });
  // ok: sql-injection
  const [share] = await sql`SELECT pin FROM itinerary_shares WHERE token_hash = encode(digest(${token}, 'sha256'), 'hex')`;
  // ok: timing-unsafe-comparison
  const ok = !!share?.pin && secureCompare(share.pin, pin);
  // ok: timing-unsafe-comparison
  if (share?.pin === undefined) return NextResponse.json({ error: "Link expired" }, { status: 404 });
  return NextResponse.json({ ok });
}
