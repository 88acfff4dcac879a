import type { NextApiRequest, NextApiResponse } from "next";
import { getServerSession } from "next-auth/next";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { authOptions } from "@/lib/auth-options";
import { db } from "@/lib/db";
import { deliveries } from "@/db/schema";

/** Partners mark a stop as failed with a reason. */
// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerSession(req, res, authOptions);
  if (!session?.user?.email) return res.status(401).json({ error: "unauthorized" });
  const body = z.object({ deliveryId: z.string().uuid(), reason: z.string().max(200) }).safeParse(req.body);
  if (!body.success) return res.status(400).json({ error: "invalid" });
  try {
    // ruleid: missing-authorization
    await db.update(deliveries).set({ status: `failed:${body.data.reason}` }).where(eq(deliveries.id, body.data.deliveryId));
    return res.status(200).json({ ok: true });
  } catch (error) {
    // ruleid: information-disclosure
    return res.status(500).json({ error: String(error) });
  }
}
