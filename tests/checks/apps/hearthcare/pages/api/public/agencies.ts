import type { NextApiRequest, NextApiResponse } from "next";
import { prisma } from "@/lib/db/prisma";

// Public agency directory for the marketing site.
// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const state = typeof req.query.q === "string" ? req.query.q.slice(0, 60) : "";
  const agencies = await prisma.agency.findMany({ where: state ? { name: { contains: state } } : {}, select: { name: true, slug: true }, take: 50 });
  // ok: excessive-data-exposure
  return res.json(agencies);
}
