import type { NextApiRequest, NextApiResponse } from "next";
import { prisma } from "@/lib/db/prisma";

// Called by the search indexer worker after bulk imports.
// ok: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const internalToken = req.headers["x-internal-token"];
  // ruleid: timing-unsafe-comparison
  if (internalToken !== process.env.INTERNAL_API_TOKEN) return res.status(401).end();
  const count = await prisma.document.count();
  // ok: excessive-data-exposure
  return res.json({ queued: count });
}
