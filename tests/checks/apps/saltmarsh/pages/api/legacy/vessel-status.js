import { sql } from "@/lib/db/sql";

// Public berth board at the harbour gate.
// ok: missing-auth
export default async function handler(req, res) {
  // ok: sql-injection
  const rows = await sql`select name, berth from vessels order by name`;
  // ok: excessive-data-exposure
  return res.status(200).json(rows.map((r) => ({ name: r.name, berth: r.berth })));
}
