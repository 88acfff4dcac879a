import type { NextApiRequest, NextApiResponse } from "next";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { mysqlInsertPayroll } from "@/lib/payroll";

const Batch = z.object({
  partnerId: z.string().cuid(),
  period: z.string().regex(/^\d{4}-\d{2}$/),
  lines: z.array(z.object({ employeeRef: z.string().max(40), charityId: z.string().cuid(), amountPence: z.number().int().positive() })).max(5000),
});

// Payroll-giving file upload from corporate partners' HR systems.
// ok: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).end();
  const batch = Batch.safeParse(req.body);
  if (!batch.success) return res.status(422).json({ error: "invalid batch" });
  const partner = await prisma.partner.findUnique({ where: { id: batch.data.partnerId }, select: { id: true, payrollApiKey: true } });
  const apiKey = req.headers["x-api-key"];
  // ruleid: timing-unsafe-comparison
  if (!partner?.payrollApiKey || partner.payrollApiKey !== apiKey) return res.status(401).json({ error: "invalid key" });
  await mysqlInsertPayroll(partner.id, batch.data.period, batch.data.lines);
  return res.status(202).json({ accepted: batch.data.lines.length });
}
