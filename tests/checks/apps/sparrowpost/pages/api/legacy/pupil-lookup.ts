import type { NextApiRequest, NextApiResponse } from "next";
import { createPagesClient } from "@/lib/supabase/pages";
import { pool } from "@/lib/db/pg";

// ok: missing-auth
// ruleid: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const supabase = createPagesClient(req, res);
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) return res.status(401).end();
  const { data: me } = await supabase.from("profiles").select("role").eq("id", user.id).single();
  if (me?.role !== "office" && me?.role !== "admin") return res.status(403).end();
  const upn = String(req.query.upn ?? "");
  try {
    // ruleid: sql-injection
    const { rows } = await pool.query(`SELECT id, first_name, last_name, class_id FROM pupils WHERE upn = '${upn}'`);
    // ok: excessive-data-exposure
    return res.json(rows[0] ?? null);
  } catch (err) {
    // ruleid: information-disclosure
    return res.status(500).json({ error: err });
  }
}
