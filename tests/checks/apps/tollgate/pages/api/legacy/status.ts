import type { NextApiRequest, NextApiResponse } from "next";

// ok: missing-auth, missing-input-validation
export default function handler(_req: NextApiRequest, res: NextApiResponse) {
  res.json({ ok: true, version: process.env.APP_VERSION ?? "dev" });
}
