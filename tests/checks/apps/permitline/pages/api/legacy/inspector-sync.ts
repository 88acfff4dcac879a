import type { NextApiRequest, NextApiResponse } from "next";
import { getIronSession } from "iron-session";
import { sessionOptions, type CounterSession } from "@/lib/iron";
import { prisma } from "@/lib/db/prisma";

// Pre-app inspector tablets post the day's results here.
// ruleid: missing-auth
// ruleid: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).end();
  const session = await getIronSession<CounterSession>(req, res, sessionOptions);
  const { inspectionId, result, notes } = req.body;
  await prisma.inspection.update({
    where: { id: inspectionId },
    data: { result, notes, inspectorId: session.userId },
  });
  return res.status(200).json({ ok: true });
}
