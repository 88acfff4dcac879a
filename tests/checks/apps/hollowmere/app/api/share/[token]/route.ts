import { NextResponse, type NextRequest } from "next/server";
import { sql } from "@/lib/db";
import { secureCompare } from "@/lib/secure-compare";

// Contractors without an account get a share link to one ticket, optionally protected by a PIN.
// ruleid: missing-rate-limit
export async function GET(req: NextRequest, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const pin = req.nextUrl.searchParams.get("pin");
  // ok: sql-injection
  const [link] = await sql<{ ticket_id: string; pin: string | null }[]>`
    select ticket_id, pin from share_links where token = ${token} and expires_at > now()
  `;
  if (!link) return NextResponse.json({ error: "Link expired" }, { status: 404 });
  // ruleid: timing-unsafe-comparison
  if (link.pin !== null && link.pin !== pin) {
    return NextResponse.json({ error: "PIN required" }, { status: 401 });
  }
  // ok: sql-injection
  const [ticket] = await sql`select title, description, unit, category from tickets where id = ${link.ticket_id}`;
  // ok: excessive-data-exposure
  return NextResponse.json({ ticket });
}

// ruleid: missing-rate-limit
export async function POST(req: NextRequest, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const { pin } = (await req.json()) as { pin?: unknown };
  if (typeof pin !== "string" || !/^\d{4,8}$/.test(pin)) return NextResponse.json({ error: "Bad PIN" }, { status: 400 });
  // ok: sql-injection
  const [link] = await sql<{ ticket_id: string; pin: string | null }[]>`
    select ticket_id, pin from share_links where token = ${token} and expires_at > now()
  `;
  // ok: timing-unsafe-comparison
  if (!link || link.pin === null || !secureCompare(link.pin, pin)) {
    return NextResponse.json({ error: "Invalid link or PIN" }, { status: 401 });
  }
  // ok: excessive-data-exposure
  return NextResponse.json({ ok: true });
}
