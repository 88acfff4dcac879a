import type { NextApiRequest, NextApiResponse } from "next";
import { getIronSession } from "iron-session";
import { prisma } from "@/lib/db/prisma";
import { ironOptions, type DriverSession } from "@/lib/auth/iron";

// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getIronSession<DriverSession>(req, res, ironOptions);
  if (!session.driverId) return res.status(401).json({ error: "signed out" });
  const driver = await prisma.driver.findUnique({ where: { id: session.driverId } });
  // ruleid: excessive-data-exposure
  return res.json(driver);
}
