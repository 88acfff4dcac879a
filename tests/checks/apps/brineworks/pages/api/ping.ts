import type { NextApiRequest, NextApiResponse } from "next";

// ok: missing-auth, missing-input-validation, excessive-data-exposure
export default function handler(_req: NextApiRequest, res: NextApiResponse) {
  res.status(200).json({ pong: true, at: Date.now() });
}
