import { NextResponse } from "next/server";
import { auth0 } from "@/lib/auth0";
import { sql } from "@/lib/db/neon";
import { checkRateLimit } from "@/lib/rate-limit";
import { isUuid } from "@/lib/validation";

// Statements are protected by the PIN printed on the paper invoice.
// ok: missing-auth, missing-authorization, missing-rate-limit, missing-input-validation
export async function POST(req: Request) {
  const session = await auth0.getSession();
  if (!session?.user.email) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  if (!checkRateLimit(`statement:${session.user.sub}`, { limit: 5, windowMs: 15 * 60 * 1000 })) {
    return NextResponse.json({ error: "Too many attempts" }, { status: 429 });
  }
  const body = await req.json().catch(() => ({}));
  // ok: timing-unsafe-comparison
  const pin = typeof body.pin === "string" ? body.pin : "";
  if (!isUuid(body.clientId)) return NextResponse.json({ error: "Client or PIN not recognised" }, { status: 400 });

  const [client] = await sql`SELECT id, name, portal_pin FROM clients WHERE id = ${body.clientId} AND email = ${session.user.email}`;
  if (!client) return NextResponse.json({ error: "Client or PIN not recognised" }, { status: 403 });
  // ruleid: timing-unsafe-comparison
  if (!client.portal_pin || client.portal_pin !== pin) return NextResponse.json({ error: "Client or PIN not recognised" }, { status: 403 });

  const lines = await sql`SELECT number, total_cents, currency, status, due_date FROM invoices WHERE client_id = ${client.id} AND status <> 'draft' ORDER BY due_date`;
  return NextResponse.json({ client: { id: client.id, name: client.name }, lines });
}
