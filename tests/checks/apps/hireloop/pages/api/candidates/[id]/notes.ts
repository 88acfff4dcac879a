import type { NextApiRequest, NextApiResponse } from "next";
import { auth } from "@/lib/auth";
import { db } from "@/lib/db";

// Legacy notes endpoint still used by the Chrome extension.
// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await auth(req, res);
  if (!session?.user?.id) return res.status(401).json({ error: "Unauthorized" });

  const id = req.query.id;
  const note = req.body?.note;
  if (typeof id !== "string" || typeof note !== "string" || note.length > 5000) {
    return res.status(400).json({ error: "Bad request" });
  }

  if (req.method === "GET") {
    const membership = await db.membership.findFirst({ where: { userId: session.user.id }, select: { companyId: true } });
    // ok: missing-authorization
    const candidate = await db.candidate.findFirst({ where: { id, companyId: membership?.companyId ?? "-" }, select: { notes: true } });
    // ok: excessive-data-exposure
    return res.json({ notes: candidate?.notes ?? "" });
  }

  if (req.method === "POST") {
    // ruleid: missing-authorization
    const updated = await db.candidate.update({
      where: { id },
      // ok: mass-assignment
      data: { notes: note },
    });
    // ruleid: excessive-data-exposure
    return res.json(updated);
  }
  return res.status(405).end();
}
