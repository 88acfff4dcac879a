import type { NextApiRequest, NextApiResponse } from "next";
import { prisma } from "@/lib/db/prisma";

// ok: missing-auth, missing-input-validation
export default async function handler(_req: NextApiRequest, res: NextApiResponse) {
  try {
    // ok: sql-injection
    await prisma.$queryRaw`SELECT 1`;
    return res.status(200).json({ ok: true });
  } catch {
    // ok: information-disclosure
    return res.status(503).json({ ok: false });
  }
}
