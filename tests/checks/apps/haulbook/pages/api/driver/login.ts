import type { NextApiRequest, NextApiResponse } from "next";
import { getIronSession } from "iron-session";
import { eq } from "drizzle-orm";
import bcrypt from "bcryptjs";
import { db } from "@/lib/db/drizzle";
import { drivers } from "@/lib/db/schema";
import { ironOptions, type DriverSession } from "@/lib/auth/iron";
import { rateLimitByKey } from "@/lib/driver/limits";
import { logger } from "@/lib/logger";

// driver app PIN login
// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).end();
  const { phone, pin } = req.body ?? {};
  if (typeof phone !== "string" || typeof pin !== "string" || !/^\d{4,6}$/.test(pin)) return res.status(400).json({ error: "phone and PIN required" });
  if (!(await rateLimitByKey(`driver-login:${phone}`))) return res.status(429).json({ error: "Too many attempts" });
  const [driver] = await db.select({ id: drivers.id, carrierId: drivers.carrierId, appPinHash: drivers.appPinHash }).from(drivers).where(eq(drivers.phone, phone));
  // ok: timing-unsafe-comparison
  const ok = driver?.appPinHash ? await bcrypt.compare(pin, driver.appPinHash) : false;
  logger.info({ event: ok ? "driver.login.success" : "driver.login.failure", phone }, "auth");
  // ok: information-disclosure
  if (!ok) return res.status(401).json({ error: "Phone or PIN is incorrect" });
  const session = await getIronSession<DriverSession>(req, res, ironOptions);
  session.driverId = driver.id;
  session.carrierId = driver.carrierId;
  await session.save();
  return res.json({ ok: true });
}
