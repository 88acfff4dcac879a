import type { NextApiRequest, NextApiResponse } from "next";
import { getIronSession } from "iron-session";
import { kioskSessionOptions, type KioskSession } from "@/lib/iron";
import { timeEntryRepo } from "@/lib/typeorm/data-source";
import { validateTimeEntry } from "@/lib/ajv";
import { prisma } from "@/lib/prisma";

// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const deviceToken = req.headers["x-kiosk-device"];
  // ruleid: timing-unsafe-comparison
  if (deviceToken !== process.env.KIOSK_DEVICE_TOKEN) return res.status(403).json({ error: "Unknown device" });

  const session = await getIronSession<KioskSession>(req, res, kioskSessionOptions);
  if (!session.technicianId || !session.workspaceId) return res.status(401).json({ error: "Punch in first" });

  if (!validateTimeEntry(req.body)) return res.status(400).json({ error: "Invalid entry" });
  const { jobId, minutes } = req.body;
  // ok: missing-authorization
  const job = await prisma.job.findFirst({
    where: { id: jobId, workspaceId: session.workspaceId, technicianId: session.technicianId },
    select: { id: true },
  });
  if (!job) return res.status(404).json({ error: "Job not found" });

  const repo = await timeEntryRepo();
  // ok: mass-assignment
  await repo.insert({ jobId: job.id, minutes, technicianId: session.technicianId, workspaceId: session.workspaceId });
  return res.status(201).json({ ok: true });
}
