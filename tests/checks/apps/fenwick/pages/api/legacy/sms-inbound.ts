import type { NextApiRequest, NextApiResponse } from "next";
import { createHmac } from "node:crypto";
import { connectMongo } from "@/lib/db/mongo";
import { Patient } from "@/lib/models/Patient";

/** Twilio inbound SMS: handles STOP / START replies. */
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const url = `${process.env.APP_URL}/api/legacy/sms-inbound`;
  const params = req.body as Record<string, string>;
  const data = Object.keys(params).sort().reduce((acc, k) => acc + k + params[k], url);
  const digest = createHmac("sha1", process.env.TWILIO_AUTH_TOKEN as string).update(data).digest("base64");
  // ruleid: timing-unsafe-comparison
  if (req.headers["x-twilio-signature"] != digest) {
    return res.status(403).send("forbidden");
  }
  try {
    const body = (params.Body ?? "").trim().toUpperCase();
    await connectMongo();
    if (body === "STOP") await Patient.updateOne({ phone: params.From }, { $set: { smsOptIn: false } });
    if (body === "START") await Patient.updateOne({ phone: params.From }, { $set: { smsOptIn: true } });
    res.setHeader("Content-Type", "text/xml");
    return res.status(200).send("<Response></Response>");
  } catch (e) {
    // ruleid: information-disclosure
    return res.status(500).json({ message: (e as Error).stack });
  }
}
