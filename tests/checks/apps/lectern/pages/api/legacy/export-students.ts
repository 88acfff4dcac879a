import type { NextApiRequest, NextApiResponse } from "next";
import { getLegacySession } from "@/lib/session";
import { ledger } from "@/lib/db/mysql";

// ok: missing-auth
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getLegacySession(req, res);
  if (!session.userId || !session.schoolId) return res.status(401).json({ error: "Unauthorized" });
  if (session.role !== "owner" && session.role !== "finance") return res.status(403).json({ error: "Forbidden" });
  const status = typeof req.query.status === "string" ? req.query.status : "active";
  try {
    // ruleid: sql-injection
    const [rows] = await ledger.query(`SELECT student_email, course_title, paid_cents FROM legacy_enrolments WHERE school_id = ? AND status = '${status}'`, [session.schoolId]);
    res.setHeader("content-type", "text/csv");
    return res.send((rows as { student_email: string; course_title: string; paid_cents: number }[]).map((r) => `${r.student_email},${r.course_title},${r.paid_cents}`).join("\n"));
  } catch (error) {
    // ruleid: information-disclosure
    return res.status(500).json({ error: (error as Error).stack });
  }
}
