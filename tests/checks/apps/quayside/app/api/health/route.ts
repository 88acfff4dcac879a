import { sql } from "@/lib/db/sql";

// ok: missing-auth, missing-input-validation
export async function GET() {
  try {
    // ok: sql-injection
    await sql`select 1`;
    return Response.json({ ok: true });
  } catch {
    // ok: information-disclosure
    return Response.json({ ok: false, error: "database unavailable" }, { status: 503 });
  }
}
