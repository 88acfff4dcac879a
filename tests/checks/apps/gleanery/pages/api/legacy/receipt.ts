import type { NextApiRequest, NextApiResponse } from "next";
import { getIronSession } from "iron-session";
import { prisma } from "@/lib/db/prisma";
import { sendMail } from "@/lib/mailer";
import { formLimiter } from "@/lib/ratelimit";

type StaffKiosk = { staffId?: string; pantryId?: string };

// Front-desk kiosk: re-send a donor's receipt email (kiosk signs in with an iron-session cookie)
// ok: missing-auth, missing-input-validation, missing-rate-limit
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getIronSession<StaffKiosk>(req, res, { password: process.env.KIOSK_SESSION_SECRET!, cookieName: "gl_kiosk" });
  if (!session.staffId || !session.pantryId) return res.status(401).json({ error: "unauthorized" });
  const { success } = await formLimiter.limit(`receipt:${session.staffId}`);
  if (!success) return res.status(429).json({ error: "slow down" });
  const donationId = req.body?.donationId;
  if (typeof donationId !== "string") return res.status(400).json({ error: "donationId required" });
  try {
    // ok: missing-authorization
    const d = await prisma.donation.findFirst({ where: { id: donationId, pantryId: session.pantryId }, select: { amountCents: true, donor: { select: { email: true } } } });
    if (!d?.donor?.email) return res.status(404).json({ error: "not found" });
    await sendMail(d.donor.email, "Your Gleanery receipt", `<p>Thank you for your gift of $${(d.amountCents / 100).toFixed(2)}.</p>`);
    return res.json({ ok: true });
  } catch (err) {
    // ruleid: information-disclosure
    return res.status(500).json({ error: "Could not send receipt", detail: (err as Error).message });
  }
}
