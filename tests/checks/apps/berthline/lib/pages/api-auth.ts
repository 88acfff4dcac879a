import type { NextApiRequest, NextApiResponse } from "next";
import { auth } from "@/auth";

// Pages-router handlers still in use by the legacy harbour tablets.
export async function requireApiSession(req: NextApiRequest, res: NextApiResponse) {
  const session = await auth(req, res);
  if (!session?.user?.id) {
    res.status(401).json({ error: "unauthorized" });
    return null;
  }
  return session;
}
