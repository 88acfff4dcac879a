import type { NextApiRequest, NextApiResponse } from "next";
import { timingSafeEqual } from "node:crypto";
import { db, kioskDevices } from "@/lib/db";
import { eq } from "drizzle-orm";

// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const provided = Buffer.from(String(req.headers["x-kiosk-secret"] ?? ""));
  const expected = Buffer.from(process.env.KIOSK_SHARED_SECRET ?? "");
  // ok: timing-unsafe-comparison
  if (provided.length !== expected.length || !timingSafeEqual(provided, expected)) return res.status(401).end();
  const id = req.query.device;
  if (typeof id !== "string" || !/^[0-9a-f-]{36}$/.test(id)) return res.status(400).end();
  await db.update(kioskDevices).set({ lastSeenAt: new Date() }).where(eq(kioskDevices.id, id));
  res.json({ ok: true });
}
