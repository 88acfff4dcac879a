import type { NextApiRequest, NextApiResponse } from "next";
import { prisma } from "@/lib/db/prisma";

// old club widget: edit a player's jersey/emergency info
// ruleid: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "PUT") return res.status(405).end();
  const { id, ...fields } = req.body;
  // ruleid: mass-assignment
  await prisma.player.update({ where: { id }, data: fields });
  return res.status(200).json({ ok: true });
}
