import type { NextApiRequest, NextApiResponse } from "next";
import { getServerSession } from "next-auth/next";
import { authOptions } from "@/lib/auth/legacy-options";
import { pool } from "@/lib/db/pg";

// v1 mobile app still calls this (Auth.js v4 session)
// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerSession(req, res, authOptions);
  if (!session?.user?.email) return res.status(401).json({ error: "Unauthorized" });
  const lessonId = req.query.lessonId;
  if (typeof lessonId !== "string") return res.status(400).json({ error: "lessonId required" });
  if (req.method === "GET") {
    // ok: sql-injection, missing-authorization
    const { rows } = await pool.query("SELECT n.id, n.body, n.created_at FROM lesson_notes n JOIN lessons l ON l.id = n.lesson_id JOIN users u ON u.id IN (l.tutor_id, l.student_id) WHERE n.lesson_id = $1 AND u.email = $2", [lessonId, session.user.email]);
    // ok: excessive-data-exposure
    return res.json(rows);
  }
  res.setHeader("Allow", "GET");
  return res.status(405).end();
}
