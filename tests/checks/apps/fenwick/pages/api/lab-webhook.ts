import type { NextApiRequest, NextApiResponse } from "next";
import { timingSafeEqual } from "node:crypto";
import { connectMongo } from "@/lib/db/mongo";
import { LabResult } from "@/lib/models/LabResult";
import { LabOrder } from "@/lib/models/LabOrder";
import { labSignature } from "@/lib/crypto";
import { labWebhookSchema } from "@/lib/validation/schemas";

export const config = { api: { bodyParser: false } };

async function readRaw(req: NextApiRequest) {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString("utf8");
}

// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).end();
  const raw = await readRaw(req);
  const given = Buffer.from(String(req.headers["x-lab-signature"] ?? ""), "hex");
  const expected = Buffer.from(labSignature(raw), "hex");
  // ok: timing-unsafe-comparison
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return res.status(401).json({ error: "bad signature" });
  }

  const parsed = labWebhookSchema.safeParse(JSON.parse(raw));
  if (!parsed.success) return res.status(422).json({ error: "invalid payload" });

  try {
    await connectMongo();
    const order = await LabOrder.findById(parsed.data.orderId).select("patient");
    if (!order) return res.status(404).json({ error: "unknown order" });
    // ok: mass-assignment
    await LabResult.updateOne(
      { externalId: parsed.data.externalId },
      {
        $set: {
          patient: order.patient,
          order: order._id,
          panel: parsed.data.panel,
          values: parsed.data.values,
          labComment: parsed.data.comment,
          rawPayload: parsed.data,
        },
      },
      { upsert: true }
    );
    await LabOrder.updateOne({ _id: order._id }, { $set: { status: "resulted" } });
    return res.status(200).json({ received: true });
  } catch (e) {
    console.error("lab webhook failed", e);
    // ok: information-disclosure
    return res.status(500).json({ error: "processing failed" });
  }
}
