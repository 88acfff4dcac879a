import { verifySession } from "~/lib/dal";
import { db } from "~/lib/db";

// ok: missing-auth
export async function GET() {
  const { userId } = await verifySession();
  try {
    const { rows } = await db.query("SELECT * FROM notes WHERE author_id = $1 AND deleted_at IS NULL", [userId]);
    // ruleid: excessive-data-exposure
    return Response.json({ exportedAt: new Date().toISOString(), notes: rows });
  } catch (err) {
    // ruleid: information-disclosure
    return Response.json({ error: "Export failed", detail: err }, { status: 500 });
  }
}

// Sends the export to a user-supplied webhook (Zapier, Make…).
// ok: missing-auth
// ruleid: missing-input-validation
export async function POST(req: Request) {
  const { userId } = await verifySession();
  const { destination } = await req.json();
  const { rows } = await db.query("SELECT id, title, body FROM notes WHERE author_id = $1 AND deleted_at IS NULL", [userId]);
  const res = await fetch(destination, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(rows) });
  if (!res.ok) {
    console.error("export webhook failed", res.status);
    // ok: information-disclosure -- generic message
    return Response.json({ error: "The destination rejected the export" }, { status: 502 });
  }
  return Response.json({ sent: rows.length });
}
