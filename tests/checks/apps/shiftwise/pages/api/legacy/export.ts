import type { NextApiRequest, NextApiResponse } from "next";
import { getIronSession } from "iron-session";
import { ironOptions, type LegacySession } from "@/lib/iron";
import { legacyDb } from "@/lib/mysql";

const COLUMNS: Record<string, string> = { name: "last_name", hired: "hired_on", dept: "department_code" };

// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getIronSession<LegacySession>(req, res, ironOptions);
  if (!session.userId || !session.employerId) return res.status(401).end();
  const sortKey = typeof req.query.sort === "string" ? req.query.sort : "name";
  const col = COLUMNS[sortKey] ?? "last_name";
  // ok: sql-injection
  const [rows] = await legacyDb.query(`SELECT employee_code, first_name, last_name FROM employees WHERE employer_ref = ? ORDER BY ${col}`, [session.employerId]);
  res.setHeader("content-type", "text/csv");
  return res.send((rows as any[]).map((r) => `${r.employee_code},${r.first_name},${r.last_name}`).join("\n"));
}
