import type { NextApiRequest, NextApiResponse } from "next";
import { getServerSession } from "next-auth/next";
import { sql } from "@vercel/postgres";
import { authOptions } from "@/lib/auth-options";

/** Pick-up sites with host phone numbers for the partner's delivery planning. */
// ok: missing-input-validation
// todoruleid: missing-auth
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerSession(req, res, authOptions);
  const partner = session?.user?.email ?? "anonymous";
  const { rows } = await sql`SELECT * FROM pickup_sites ORDER BY name`;
  res.setHeader("x-partner", partner);
  // ruleid: excessive-data-exposure
  return res.status(200).json(rows);
}
