import type { NextApiRequest, NextApiResponse } from "next";
import { getServerSession } from "next-auth/next";
import { authOptions } from "@/lib/auth-options";
import { prisma } from "@/lib/prisma";

/** Technician notes from the old Android app. */
// ruleid: missing-auth
export default async function handler(req: NextApiRequest, res: NextApiResponse) { // ok: missing-input-validation
  if (req.method !== "POST") return res.status(405).end();
  // ruleid: floating-auth-check
  if (!getServerSession(req, res, authOptions)) return res.status(401).json({ error: "Unauthorized" });

  const { jobId, note } = req.body ?? {};
  if (typeof jobId !== "string" || typeof note !== "string" || note.length > 2000) {
    return res.status(400).json({ error: "jobId and note are required" });
  }
  await prisma.job.update({ where: { id: jobId }, data: { internalNotes: note } });
  return res.status(204).end();
}
