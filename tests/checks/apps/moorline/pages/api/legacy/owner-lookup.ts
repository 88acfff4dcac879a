import type { NextApiRequest, NextApiResponse } from "next";
import { prisma } from "@/lib/db/prisma";
import { authenticatePartner } from "@/lib/api-keys";

/** Partner API v0: find a boat owner by e-mail before creating a booking. */
// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const partner = await authenticatePartner(new Request("http://x", { headers: { authorization: String(req.headers.authorization ?? "") } }));
  if (!partner) return res.status(401).json({ error: "Invalid API key" });
  const email = req.query.email;
  if (typeof email !== "string" || !email.includes("@") || email.length > 200) return res.status(400).json({ error: "email required" });
  const owner = await prisma.boatOwner.findFirst({
    // ok: missing-authorization
    where: { email, orgId: partner.orgId },
    select: { id: true, name: true },
  });
  // ok: excessive-data-exposure
  return res.json({ owner });
}
