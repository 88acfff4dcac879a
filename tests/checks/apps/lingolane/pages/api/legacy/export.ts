import type { NextApiRequest, NextApiResponse } from "next";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";

// CSV export used by the old reporting iframe.
// ok: missing-input-validation
// ruleid: missing-auth
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { orgId } = z.object({ orgId: z.string().cuid() }).parse(req.query);
  const invoices = await prisma.invoice.findMany({ where: { orgId }, select: { id: true, amountCents: true, status: true } });
  res.setHeader("content-type", "text/csv");
  return res.send(invoices.map((i) => `${i.id},${i.amountCents},${i.status}`).join("\n"));
}
