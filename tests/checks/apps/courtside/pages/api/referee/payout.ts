import type { NextApiRequest, NextApiResponse } from "next";
import { eq } from "drizzle-orm";
import { db } from "@/lib/db";
import { referees } from "@/db/schema";
import { getRefereeSession } from "@/lib/referee-session";

// ok: missing-input-validation
// ruleid: missing-auth
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "PUT") return res.status(405).end();
  const session = await getRefereeSession(req, res);
  const iban = req.body?.iban;
  if (typeof iban !== "string" || !/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(iban)) return res.status(400).json({ error: "Invalid IBAN" });
  await db.update(referees).set({ payoutIban: iban }).where(eq(referees.id, session.refereeId as string));
  return res.json({ ok: true });
}
