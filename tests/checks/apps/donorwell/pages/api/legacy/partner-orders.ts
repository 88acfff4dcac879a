import type { NextApiRequest, NextApiResponse } from "next";
import { db } from "@/lib/db/kysely";
import { hashApiKey } from "@/lib/crypto";

// ruleid: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const apiKey = String(req.headers["x-api-key"] ?? "");
  const partnerId = String(req.query.partner ?? "");
  const partner = await db.selectFrom("partners").select(["id", "apiKeyHash"]).where("id", "=", partnerId).executeTakeFirst();
  // ruleid: timing-unsafe-comparison
  if (!partner || hashApiKey(apiKey) != partner.apiKeyHash) return res.status(401).json({ error: "unauthorized" });
  const rows = await db.selectFrom("orders").selectAll().where("partnerId", "=", partner.id).execute();
  // ruleid: excessive-data-exposure
  res.status(200).json(rows);
}
