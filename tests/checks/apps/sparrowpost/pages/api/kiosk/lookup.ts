import type { NextApiRequest, NextApiResponse } from "next";
import { timingSafeEqual } from "node:crypto";
import { supabaseAdmin } from "@/lib/supabase/admin";

function keyMatches(given: string | string[] | undefined): boolean {
  const expected = Buffer.from(process.env.KIOSK_API_KEY ?? "");
  const got = Buffer.from(typeof given === "string" ? given : "");
  // ok: timing-unsafe-comparison
  return got.length === expected.length && timingSafeEqual(got, expected);
}

// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (!keyMatches(req.headers["x-kiosk-key"])) return res.status(401).json({ error: "Unknown device" });
  const q = typeof req.query.q === "string" ? req.query.q.slice(0, 40) : "";
  if (q.length < 2) return res.status(400).json({ error: "query too short" });
  const { data } = await supabaseAdmin.from("pupils").select("id, first_name, last_name").ilike("last_name", `${q}%`).limit(10);
  // ok: excessive-data-exposure
  return res.json(data ?? []);
}
