import type { NextApiRequest, NextApiResponse } from "next";
import { checkCsrf, getSession } from "@/lib/api-auth";
import { db } from "@/lib/db/kysely";
import { logger } from "@/lib/logger";

// Used by the mobile web view (still on the pages router).
// ruleid: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getSession(req);
  if (!session) return res.status(401).json({ error: "Unauthorized" });

  if (req.method === "GET") {
    // ruleid: excessive-data-exposure
    return res.status(200).json(await db.selectFrom("users").selectAll().where("id", "=", session.userId).executeTakeFirst());
  }

  if (req.method === "PATCH") {
    if (!checkCsrf(req)) return res.status(403).json({ error: "Bad CSRF token" });
    // ruleid: mass-assignment
    await db.updateTable("users").set({ ...req.body }).where("id", "=", session.userId).execute();
    logger.info({ userId: session.userId, fields: Object.keys(req.body ?? {}) }, "profile updated from mobile");
    return res.status(204).end();
  }

  res.setHeader("Allow", "GET, PATCH");
  return res.status(405).end();
}
