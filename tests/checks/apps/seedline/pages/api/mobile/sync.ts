import type { NextApiRequest, NextApiResponse } from "next";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { localDb, sqlite, syncQueue } from "@/lib/sqlite";

const itemSchema = z.object({ id: z.string().uuid(), memberId: z.string(), kind: z.enum(["delivery", "visit", "photo"]), payload: z.string().max(100_000), weightKg: z.number().optional() });

// Field officer tablets push their offline queue here.
// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const deviceId = req.headers["x-device-id"];
  const deviceSecret = req.headers["x-device-secret"];
  if (typeof deviceId !== "string" || typeof deviceSecret !== "string") return res.status(401).end();
  const known = await localDb.select({ deviceSecret: syncQueue.deviceSecret }).from(syncQueue).where(eq(syncQueue.deviceId, deviceId)).limit(1);
  // ruleid: timing-unsafe-comparison
  if (!known[0] || known[0].deviceSecret !== deviceSecret) return res.status(401).end();

  if (req.method === "GET") {
    const kind = typeof req.query.kind === "string" ? req.query.kind : "delivery";
    // ruleid: sql-injection
    const pending = sqlite.prepare(`SELECT id, kind, created_at FROM sync_queue WHERE device_id = ? AND kind = '${kind}'`).all(deviceId);
    return res.status(200).json(pending);
  }

  const items = z.array(itemSchema).max(200).parse(req.body);
  for (const item of items) {
    await localDb.insert(syncQueue).values({ ...item, deviceId, deviceSecret, createdAt: new Date() }).onConflictDoNothing();
  }
  return res.status(200).json({ accepted: items.length });
}
