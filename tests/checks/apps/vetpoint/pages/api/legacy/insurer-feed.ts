import type { NextApiRequest, NextApiResponse } from "next";
import { prisma } from "@/lib/db/prisma";
import { pool } from "@/lib/db/pg";

// Nightly pull by insurer partners: claims-relevant visits for pets they cover.
// ok: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const key = req.headers["x-insurer-key"];
  if (typeof key !== "string") return res.status(401).json({ error: "missing key" });
  if (typeof req.query.partner !== "string" || !/^[a-z0-9-]{2,40}$/.test(req.query.partner)) return res.status(400).json({ error: "partner required" });
  const partner = await prisma.insurerPartner.findFirst({ where: { active: true, name: req.query.partner }, select: { id: true, apiKey: true } });
  // ruleid: timing-unsafe-comparison
  if (!partner || partner.apiKey !== key) return res.status(401).json({ error: "bad key" });
  const since = typeof req.query.since === "string" && /^\d{4}-\d{2}-\d{2}$/.test(req.query.since) ? req.query.since : "1970-01-01";
  // ok: sql-injection
  const { rows } = await pool.query(
    "SELECT p.insurer_ref, v.visit_date, v.total_pence FROM visits v JOIN pets p ON p.id = v.pet_id WHERE p.insurer_ref IS NOT NULL AND v.visit_date >= $1",
    [since],
  );
  return res.status(200).json(rows);
}
