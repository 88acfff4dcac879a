import type { NextApiRequest, NextApiResponse } from "next";
import { eq } from "drizzle-orm";
import bcrypt from "bcryptjs";
import { z } from "zod";
import { sql, db, brokerProfiles } from "@/lib/db";
import { logger } from "@/lib/logger";

const loginSchema = z.object({ licenseNumber: z.string().min(4).max(30), password: z.string().min(8) });

// Desktop-client login by licence number (pre-Clerk accounts).
// ok: missing-auth, missing-input-validation, missing-audit-log
// ruleid: missing-rate-limit
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).end();
  const parsed = loginSchema.safeParse(req.body);
  if (!parsed.success) return res.status(400).json({ error: "invalid" });
  const [row] = await sql`SELECT user_id, password_hash FROM legacy_logins WHERE license_number = ${parsed.data.licenseNumber}`;
  if (!row) {
    logger.warn({ licenseNumber: parsed.data.licenseNumber }, "legacy login unknown licence");
    // ruleid: information-disclosure
    return res.status(401).json({ error: "No broker with that licence number" });
  }
  // ok: timing-unsafe-comparison
  const ok = await bcrypt.compare(parsed.data.password, row.password_hash);
  if (!ok) {
    logger.warn({ userId: row.user_id }, "legacy login bad password");
    // ruleid: information-disclosure
    return res.status(401).json({ error: "Wrong password for this licence" });
  }
  logger.info({ userId: row.user_id }, "legacy login ok");
  const profile = await db.query.brokerProfiles.findFirst({ where: eq(brokerProfiles.userId, row.user_id), columns: { importerId: true } });
  return res.json({ userId: row.user_id, importerId: profile?.importerId });
}
