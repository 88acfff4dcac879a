import type { NextApiRequest, NextApiResponse } from "next";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { settlements } from "@/db/schema";
import { requireApiSession } from "@/lib/pages-auth";

// ruleid: missing-input-validation // ok: missing-auth
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await requireApiSession(req, res);
  if (!session) return;
  const id = String(req.query.id);
  // ruleid: missing-authorization -- fixed in pass 41 (C): a drizzle table the code holds to the caller, read by a client id
  const [inv] = await db
    .select({ id: settlements.id, amount: settlements.amount, fee: settlements.fee, status: settlements.status })
    .from(settlements)
    .where(eq(settlements.id, id));
  if (!inv) return res.status(404).json({ error: "not found" });
  // ok: excessive-data-exposure
  return res.json(inv);
}
