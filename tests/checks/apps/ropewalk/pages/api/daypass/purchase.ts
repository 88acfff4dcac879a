import type { NextApiRequest, NextApiResponse } from "next";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import dbConnect from "@/lib/db";
import DayPass from "@/models/DayPass";
import { mailLimiter } from "@/lib/rate-limit";
import { sendMail } from "@/lib/mail";
import { email, objectId } from "@/lib/validation";

const body = z.object({ gymId: objectId, email, validOn: z.coerce.date(), userId: objectId.optional() });

// ok: missing-input-validation, missing-rate-limit, missing-audit-log // todook: missing-auth -- known gap (pass 42, F): guest day-pass checkout is a public form
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).end();
  const parsed = body.safeParse(req.body);
  if (!parsed.success) return res.status(400).json({ error: "invalid" });
  try {
    await mailLimiter.consume(`pass:${req.socket.remoteAddress}`);
  } catch {
    return res.status(429).json({ error: "Too many requests" });
  }
  await dbConnect();
  const code = randomBytes(5).toString("hex").toUpperCase();
  // ruleid: mass-assignment -- fixed in pass 42 (E): schema-admitted userId spread into create not reported
  await DayPass.create({ ...parsed.data, guestEmail: parsed.data.email, code, priceCents: 2200 });
  await sendMail({ to: parsed.data.email, subject: "Your Ropewalk day pass", text: `Code: ${code}` });
  return res.status(201).json({ ok: true });
}
