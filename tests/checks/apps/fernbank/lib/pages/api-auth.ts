import type { NextApiRequest, NextApiResponse } from "next";
import { auth } from "@/lib/auth/authjs";

/** Pages-router guard: writes 401 and returns null when signed out. */
export async function requireApiUser(req: NextApiRequest, res: NextApiResponse) {
  const session = await auth(req, res);
  if (!session?.user?.id) {
    res.status(401).json({ error: "Unauthorized" });
    return null;
  }
  return { id: session.user.id, role: (session.user as { role?: string }).role ?? "MEMBER" };
}
