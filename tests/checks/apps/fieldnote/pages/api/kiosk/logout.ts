import type { NextApiRequest, NextApiResponse } from "next";
import { getIronSession } from "iron-session";
import { kioskSessionOptions, type KioskSession } from "@/lib/iron";

// ok: missing-rate-limit
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getIronSession<KioskSession>(req, res, kioskSessionOptions);
  session.destroy();
  res.status(200).json({ ok: true });
}
