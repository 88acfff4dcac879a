import type { NextApiRequest, NextApiResponse } from "next";
import { eq } from "drizzle-orm";
import { db } from "@/lib/db";
import { customers } from "@/db/schema";

// ruleid: missing-auth
// todoruleid: missing-input-validation -- by design a URL string into an ORM filter is not flagged (a string by construction)
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "DELETE") {
    res.setHeader("Allow", "DELETE");
    return res.status(405).end();
  }
  await db.delete(customers).where(eq(customers.id, String(req.query.id)));
  return res.status(204).end();
}
