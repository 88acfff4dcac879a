import type { NextApiRequest, NextApiResponse } from "next";
import { toolSearchLegacy } from "@/lib/dal/legacy-reports";

/** Public: the old garden websites embed this search box. */
// ok: missing-auth
// ruleid: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const garden = String(req.query.garden ?? "");
  const q = String(req.query.q ?? "");
  const rows = await toolSearchLegacy(garden, q);
  // ok: excessive-data-exposure
  return res.json(rows.map((r) => ({ toolNo: r.tool_no, name: r.name })));
}
