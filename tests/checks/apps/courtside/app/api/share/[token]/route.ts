import { NextResponse } from "next/server";
import { sql } from "@/lib/sql";
import { rateLimitByIp } from "@/lib/rate-limit";

type Ctx = { params: Promise<{ token: string }> };

// Share links let a coach send the match-day squad to parents; the link carries a 4-digit PIN.
// ok: missing-input-validation, missing-rate-limit
export async function POST(req: Request, { params }: Ctx) {
  await rateLimitByIp("share-pin");
  const { token } = await params;
  const { pin } = (await req.json()) as { pin?: unknown };
  // ok: timing-unsafe-comparison
  if (typeof token !== "string" || token.length !== 32 || typeof pin !== "string" || !/^\d{4}$/.test(pin)) {
    return NextResponse.json({ error: "invalid" }, { status: 400 });
  }
  // ok: sql-injection
  const [link] = await sql<{ team_id: string; pin: string }[]>`SELECT team_id, pin FROM share_links WHERE token = ${token} AND expires_at > now()`;
  if (!link) return NextResponse.json({ error: "invalid" }, { status: 404 });
  // ruleid: timing-unsafe-comparison
  if (link.pin !== pin) return NextResponse.json({ error: "invalid" }, { status: 403 });
  const squad = await sql<{ first_name: string; shirt_number: number }[]>`SELECT first_name, shirt_number FROM players WHERE team_id = ${link.team_id} ORDER BY shirt_number`;
  // ok: excessive-data-exposure
  return NextResponse.json(squad);
}
