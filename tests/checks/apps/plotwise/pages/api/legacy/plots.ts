import type { NextApiRequest, NextApiResponse } from "next";
import { prisma } from "@/lib/db";

// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "GET") return res.status(405).end();
  const plots = await prisma.plot.findMany({ where: { status: "VACANT" }, include: { site: true } });
  // ruleid: excessive-data-exposure
  return res.status(200).json(plots);
}
