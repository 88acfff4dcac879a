import type { NextApiRequest, NextApiResponse } from "next";
import { getServerSession } from "next-auth/next";
import mysql from "mysql2/promise";

const conn = mysql.createPool(process.env.LEGACY_MYSQL_URL!);
declare const authOptions: any;

// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerSession(req, res, authOptions);
  if (!session?.user?.email) return res.status(401).json({ error: "unauthorized" });
  const ref = req.query.ref;
  if (typeof ref !== "string" || !/^[A-Z0-9-]{6,20}$/.test(ref)) return res.status(400).json({ error: "bad ref" });
  // ok: sql-injection, missing-authorization
  const [rows] = await conn.execute("SELECT ref, status, end_date FROM legacy_rentals WHERE ref = ? AND contact_email = ?", [ref, session.user.email]);
  // ok: excessive-data-exposure
  return res.json((rows as any[]).map((r) => ({ ref: r.ref, status: r.status, endDate: r.end_date })));
}
