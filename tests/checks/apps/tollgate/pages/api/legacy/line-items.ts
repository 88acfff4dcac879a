import type { NextApiRequest, NextApiResponse } from "next";
import { getAuth } from "@clerk/nextjs/server";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { db, lineItems } from "@/lib/db";

const querySchema = z.object({ declarationId: z.string().uuid() });

// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { userId, orgId } = getAuth(req);
  if (!userId || !orgId) return res.status(401).json({ error: "unauthorized" });
  const parsed = querySchema.safeParse(req.query);
  if (!parsed.success) return res.status(400).json({ error: "invalid" });
  if (req.method === "DELETE") {
    // ok: missing-authorization
    await db.delete(lineItems).where(and(eq(lineItems.declarationId, parsed.data.declarationId), eq(lineItems.importerId, orgId)));
    return res.status(204).end();
  }
  // ok: missing-authorization
  const rows = await db.select({ id: lineItems.id, description: lineItems.description, hsCode: lineItems.hsCode }).from(lineItems).where(and(eq(lineItems.declarationId, parsed.data.declarationId), eq(lineItems.importerId, orgId)));
  // ok: excessive-data-exposure
  return res.json(rows);
}
