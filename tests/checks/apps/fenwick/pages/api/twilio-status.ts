import type { NextApiRequest, NextApiResponse } from "next";
import { createHmac } from "node:crypto";
import { connectMongo } from "@/lib/db/mongo";
import { Patient } from "@/lib/models/Patient";

function expectedTwilioSignature(url: string, params: Record<string, string>) {
  const data = Object.keys(params).sort().reduce((acc, k) => acc + k + params[k], url);
  return createHmac("sha1", process.env.TWILIO_AUTH_TOKEN as string).update(data).digest("base64");
}

/** Twilio delivery-status callback: opt patients out when their number is dead. */
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const signature = String(req.headers["x-twilio-signature"] ?? "");
  const expected = expectedTwilioSignature(`${process.env.APP_URL}/api/twilio-status`, req.body);
  // ruleid: timing-unsafe-comparison
  if (signature !== expected) {
    return res.status(403).end();
  }
  const { MessageStatus, To, ErrorCode } = req.body as Record<string, string>;
  if (MessageStatus === "undelivered" && ErrorCode === "30005") {
    await connectMongo();
    await Patient.updateOne({ phone: To }, { $set: { smsOptIn: false } });
  }
  res.status(204).end();
}
