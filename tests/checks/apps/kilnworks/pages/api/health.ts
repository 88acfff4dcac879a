import type { NextApiRequest, NextApiResponse } from "next";
import { sql } from "@/lib/db";

// ok: missing-auth, missing-input-validation
export default async function handler(_req: NextApiRequest, res: NextApiResponse) {
  // ok: sql-injection
  await sql`select 1`;
  res.status(200).json({ success: true, version: process.env.VERCEL_GIT_COMMIT_SHA?.slice(0, 7) ?? "dev" });
}
