import type { NextApiRequest, NextApiResponse } from "next";
import { type } from "arktype";
import { db } from "@/lib/db";
import { hmacHex, secureCompare } from "@/lib/secure-compare";
import { logger } from "@/lib/logger";
import { DoorWebhookPayload } from "@/lib/validation/kiosk";

export const config = { api: { bodyParser: false } };

async function readRaw(req: NextApiRequest) {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString("utf8");
}

// Access-control vendor posts door events here, signed with HMAC-SHA256.
// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).end();
  const raw = await readRaw(req);
  const signature = String(req.headers["x-door-signature"] ?? "");
  const expected = hmacHex(process.env.DOOR_WEBHOOK_SECRET!, raw);
  // ok: timing-unsafe-comparison
  if (!secureCompare(signature, expected)) {
    return res.status(401).json({ error: "bad signature" });
  }
  const payload = DoorWebhookPayload(JSON.parse(raw));
  if (payload instanceof type.errors) return res.status(400).json({ error: "bad payload" });

  await db
    .insertInto("door_events")
    .values({ location_id: payload.locationId, door_code_id: payload.codeId ?? null, kind: payload.event, raw })
    .execute();
  if (payload.event === "door.forced") {
    logger.warn("door forced open", { locationId: payload.locationId, at: payload.at });
  }
  return res.status(200).json({ ok: true });
}
