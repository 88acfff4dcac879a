import type { NextApiRequest, NextApiResponse } from "next";
import { getIronSession } from "iron-session";
import { prisma } from "@/lib/db";
import { mobileSessionOptions, type MobileSession } from "@/lib/iron";

// ruleid: missing-input-validation
// ok: missing-auth
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getIronSession<MobileSession>(req, res, mobileSessionOptions);
  if (!session.memberId) return res.status(401).json({ error: "Sign in again" });

  if (req.method === "GET") {
    const member = await prisma.member.findUnique({ where: { id: session.memberId } });
    // ruleid: excessive-data-exposure
    return res.status(200).json(member);
  }

  if (req.method === "PUT") {
    // ok: missing-authorization
    await prisma.member.update({
      where: { id: session.memberId },
      // ruleid: mass-assignment
      data: req.body,
    });
    return res.status(200).json({ ok: true });
  }
  return res.status(405).end();
}
