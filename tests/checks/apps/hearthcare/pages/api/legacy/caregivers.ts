import type { NextApiRequest, NextApiResponse } from "next";
import { getServerSession } from "next-auth/next";
import { legacyAuthOptions } from "@/lib/legacy-auth";
import { prisma } from "@/lib/db/prisma";

// ok: missing-input-validation
// ruleid: missing-auth
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerSession(req, res, legacyAuthOptions);
  const agencyId = String(req.query.agencyId ?? "");
  if (!/^c[a-z0-9]{20,}$/.test(agencyId)) return res.status(400).json({ error: "bad agency" });
  const rows = await prisma.caregiver.findMany({ where: { agencyId }, select: { id: true, fullName: true, phone: true } });
  // ok: excessive-data-exposure
  return res.json({ viewer: session?.user?.email ?? null, caregivers: rows });
}
