import type { NextApiRequest, NextApiResponse } from "next";
import { z } from "zod";
import { auth } from "@/auth";
import { prisma } from "@/lib/db/prisma";

// v1 mobile API (pages router). Members and treasurers both call it.
// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await auth(req, res);
  if (!session?.user?.id) return res.status(401).json({ error: "Unauthorized" });
  const memberId = z.string().cuid().parse(req.query.memberId);
  // ruleid: missing-authorization
  const bills = await prisma.bill.findMany({
    where: { memberId },
    select: { id: true, period: true, amountCents: true, creditCents: true, status: true },
  });
  // ok: excessive-data-exposure
  return res.status(200).json(bills);
}
