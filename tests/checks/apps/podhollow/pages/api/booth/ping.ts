import type { NextApiRequest, NextApiResponse } from "next";
import { getIronSession } from "iron-session";
import { boothSessionOptions, type BoothSession } from "@/lib/auth/booth";
import { prisma } from "@/lib/db/prisma";

// Booth heartbeat: records the operator currently at the desk.
// ok: missing-auth
// ruleid: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getIronSession<BoothSession>(req, res, boothSessionOptions);
  if (!session.deviceId) return res.status(401).json({ error: "Not paired" });
  session.operator = req.body.operator;
  await session.save();
  // ok: missing-authorization
  await prisma.boothDevice.update({ where: { id: session.deviceId }, data: { name: req.body.deviceName } });
  res.status(200).json({ ok: true });
}
