import type { NextApiRequest, NextApiResponse } from "next";
import { getAuth } from "@clerk/nextjs/server";
import { eq } from "drizzle-orm";
import { db, declarations } from "@/lib/db";

// Old broker desktop client. Pages router.
// ok: missing-auth
// ruleid: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { userId, orgId } = getAuth(req);
  if (!userId || !orgId) return res.status(401).json({ error: "unauthorized" });
  if (req.method === "POST") {
    // ruleid: mass-assignment
    await db.insert(declarations).values({ ...req.body, createdBy: userId });
    return res.status(201).json({ ok: true });
  }
  const rows = await db.select({ id: declarations.id, reference: declarations.reference, status: declarations.status }).from(declarations).where(eq(declarations.importerId, orgId));
  // ok: excessive-data-exposure
  return res.json(rows);
}
