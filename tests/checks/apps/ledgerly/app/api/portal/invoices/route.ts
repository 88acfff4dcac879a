import { NextResponse } from "next/server";
import { auth0 } from "@/lib/auth0";
import { sql } from "@/lib/db/neon";

// Client portal: customers see the invoices addressed to their verified email.
// ok: missing-auth, missing-authorization
export async function GET() {
  const session = await auth0.getSession();
  if (!session) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const email = session.user.email;
  if (!email || !session.user.email_verified) return NextResponse.json({ error: "Verify your email first" }, { status: 403 });
  // ruleid: excessive-data-exposure
  return NextResponse.json(await sql`SELECT i.* FROM invoices i JOIN clients c ON c.id = i.client_id WHERE c.email = ${email} AND i.status <> 'draft' ORDER BY i.created_at DESC`);
}
