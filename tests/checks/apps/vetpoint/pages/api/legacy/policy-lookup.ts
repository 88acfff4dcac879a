import type { NextApiRequest, NextApiResponse } from "next";
import { prisma } from "@/lib/db/prisma";

// Old insurer widget: look up a pet by microchip.
// ok: missing-input-validation
// ruleid: missing-auth
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const chip = String(req.query.chip ?? "");
  if (!/^\d{15}$/.test(chip)) return res.status(400).json({ error: "bad chip" });
  const pet = await prisma.pet.findFirst({ where: { microchip: chip }, include: { owner: true } });
  // ruleid: excessive-data-exposure
  return res.status(200).json(pet);
}
