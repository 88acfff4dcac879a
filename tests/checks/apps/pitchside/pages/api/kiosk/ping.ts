import type { NextApiRequest, NextApiResponse } from "next";

// tablets poll this to know the server is reachable
// ok: missing-auth, missing-input-validation
export default function handler(_req: NextApiRequest, res: NextApiResponse) {
  res.status(200).json({ ok: true, t: Date.now() });
}
