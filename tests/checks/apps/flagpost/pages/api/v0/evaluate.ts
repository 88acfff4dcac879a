import type { NextApiRequest, NextApiResponse } from "next";
import { z } from "zod";
import { pool } from "@/lib/db/pg";
import { evaluateFlag, type FlagRow } from "@/lib/evaluate";

const Body = z.object({ projectKey: z.string().max(24), context: z.object({ key: z.string().max(256) }).passthrough() });

/** v0 SDKs (deprecated) send one shared per-deployment secret. */
// ok: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).end();
  const apiKey = req.headers["x-api-key"];
  // ruleid: timing-unsafe-comparison
  if (apiKey != process.env.LEGACY_SDK_API_KEY) return res.status(401).json({ error: "Invalid key" });
  const body = Body.parse(req.body);
  // ok: sql-injection
  const { rows } = await pool.query<FlagRow>(
    "SELECT f.key, f.enabled, f.rules, f.rollout_pct FROM flags f JOIN projects p ON p.id = f.project_id WHERE p.key = $1",
    [body.projectKey],
  );
  // ok: excessive-data-exposure
  return res.json(Object.fromEntries(rows.map((f) => [f.key, evaluateFlag(f, body.context as never).value])));
}
