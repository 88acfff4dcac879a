import type { NextApiRequest, NextApiResponse } from "next";
import { auth } from "@/auth";

// Auth.js v5 in the pages router: auth(req, res).
export async function requireApiSession(req: NextApiRequest, res: NextApiResponse) {
  const session = await auth(req, res);
  if (!session?.user?.id) {
    res.status(401).json({ error: "unauthorized" });
    return null;
  }
  return session;
}
