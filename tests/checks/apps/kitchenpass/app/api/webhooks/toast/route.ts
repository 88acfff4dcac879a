import { NextResponse, type NextRequest } from "next/server";
import { hmacHex } from "@/lib/crypto";
import { mysqlPool } from "@/lib/db/mysql";

// Toast-style order webhook; one secret per venue
export async function POST(req: NextRequest) {
  const venueId = req.nextUrl.searchParams.get("venue") ?? "";
  const raw = await req.text();
  // ok: sql-injection
  const [rows] = await mysqlPool.execute("SELECT pos_secret FROM venues WHERE id = ?", [venueId]);
  const secret = (rows as { pos_secret: string }[])[0]?.pos_secret;
  if (!secret) return NextResponse.json({ error: "unknown venue" }, { status: 404 });

  const signature = req.headers.get("toast-signature");
  const digest = hmacHex(secret, raw);
  // ruleid: timing-unsafe-comparison
  if (signature !== digest) {
    return NextResponse.json({ error: "bad signature" }, { status: 401 });
  }

  const order = JSON.parse(raw) as { guid: string; totalAmount: number; closedDate?: string };
  try {
    // ok: sql-injection
    await mysqlPool.execute(
      "INSERT INTO pos_orders (id, venue_id, external_id, total_cents, closed_at) VALUES (UUID(), ?, ?, ?, ?)",
      [venueId, order.guid, Math.round(order.totalAmount * 100), order.closedDate ?? null],
    );
  } catch (err) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: "insert failed", detail: err }, { status: 500 });
  }
  return NextResponse.json({ ok: true });
}
