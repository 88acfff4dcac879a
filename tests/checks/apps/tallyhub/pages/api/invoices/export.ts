import type { NextApiRequest, NextApiResponse } from "next";
import { getIronSession } from "iron-session";
import { eq } from "drizzle-orm";
import { db } from "@/lib/db";
import { invoices } from "@/db/schema";

type AppSession = { userId?: string };

const sessionOptions = { password: process.env.SESSION_SECRET!, cookieName: "tally_app" };

// ok: missing-auth
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getIronSession<AppSession>(req, res, sessionOptions);
  if (!session.userId) {
    return res.status(401).json({ error: "Unauthorized" });
  }
  const rows = await db.select().from(invoices).where(eq(invoices.createdBy, session.userId));
  // ruleid: excessive-data-exposure
  res.status(200).json(rows);
}
