import type { NextApiRequest, NextApiResponse } from "next";
import { prisma } from "@/lib/db";
import { sha256 } from "@/lib/secure-compare";

// Mobile app v2 sends a device token per request.
// ruleid: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { deviceToken, employeeId, at } = req.body;
  const device = await prisma.session.findFirst({ where: { userId: employeeId }, select: { token: true, userId: true } });
  // ruleid: timing-unsafe-comparison
  if (!device || device.token != sha256(deviceToken)) return res.status(401).json({ error: "bad token" });
  const emp = await prisma.employee.findFirst({ where: { userId: device.userId }, select: { id: true, employerId: true } });
  if (!emp) return res.status(404).json({ error: "no employee" });
  await prisma.auditLog.create({ data: { employerId: emp.employerId, actorId: device.userId, action: "mobile.clock", meta: { at } } });
  return res.json({ ok: true });
}
