import type { NextApiRequest, NextApiResponse } from "next";
import { getServerSession } from "next-auth/next";
import { legacyDb } from "@/lib/db/mysql";

const authOptions = {} as never; // v4 options kept for the legacy pages router

// Legacy order history for the old member portal (Auth.js v4 session).
// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerSession(req, res, authOptions);
  if (!session?.user?.email) return res.status(401).json({ error: "Unauthorized" });
  const page = Number(req.query.page ?? 0);
  if (!Number.isInteger(page) || page < 0) return res.status(400).json({ error: "Bad page" });
  // ok: sql-injection, missing-authorization
  const [rows] = await legacyDb.execute("SELECT id, status, total FROM orders WHERE customer_email = ? ORDER BY id DESC LIMIT 20 OFFSET ?", [session.user.email, String(page * 20)]);
  // ok: excessive-data-exposure
  return res.status(200).json({ data: rows });
}
