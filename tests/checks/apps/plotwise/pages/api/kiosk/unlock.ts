import type { NextApiRequest, NextApiResponse } from "next";
import { prisma } from "@/lib/db";
import { auditLog } from "@/lib/audit";

// Shed kiosk: a member types the tool's lock code to open the locker.
// ruleid: missing-rate-limit
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).end();
  const { toolId, pin } = req.body as { toolId?: unknown; pin?: unknown };
  if (typeof toolId !== "string" || typeof pin !== "string") return res.status(400).json({ error: "Bad request" });
  const device = await prisma.kioskDevice.findUnique({ where: { apiToken: String(req.headers["x-kiosk-token"] ?? "") }, select: { id: true, siteId: true } });
  if (!device) return res.status(401).json({ error: "Unknown kiosk" });
  const tool = await prisma.tool.findFirst({ where: { id: toolId, siteId: device.siteId }, select: { lockCode: true } });
  // ruleid: timing-unsafe-comparison
  if (!tool || tool.lockCode !== pin) {
    await auditLog({ action: "kiosk.unlock_failed", target: toolId, meta: { device: device.id } });
    return res.status(403).json({ error: "Wrong code" });
  }
  return res.status(200).json({ open: true });
}
