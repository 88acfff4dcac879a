import type { NextApiRequest, NextApiResponse } from "next";
import twilio from "twilio";
import { db } from "@/lib/db/kysely";

// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const signature = req.headers["x-twilio-signature"];
  const url = `${process.env.APP_URL}/api/legacy/sms-status`;
  // ok: timing-unsafe-comparison
  const valid = typeof signature === "string" && twilio.validateRequest(process.env.TWILIO_AUTH_TOKEN!, signature, url, req.body);
  if (!valid) return res.status(403).end();
  const to = typeof req.body.To === "string" ? req.body.To : null;
  if (to && req.body.OptOutType === "STOP") {
    await db.updateTable("donors").set({ smsOptIn: false }).where("phone", "=", to).execute();
  }
  res.status(204).end();
}
