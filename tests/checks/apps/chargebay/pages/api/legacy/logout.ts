import type { NextApiRequest, NextApiResponse } from "next";
import { getIronSession } from "iron-session";
import { hostSessionOptions, type HostSession } from "@/lib/iron";

// ok: missing-auth, missing-audit-log
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getIronSession<HostSession>(req, res, hostSessionOptions);
  session.destroy();
  return res.redirect(302, "/host/login");
}
