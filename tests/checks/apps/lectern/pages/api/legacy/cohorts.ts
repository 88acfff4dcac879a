import type { NextApiRequest, NextApiResponse } from "next";
import { kdb } from "@/lib/db/kysely";

// Legacy cohort admin endpoint used by the old dashboard.
// ruleid: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const id = String(req.query.id ?? "");
  if (req.method === "DELETE") {
    await kdb.deleteFrom("cohort_members").where("cohort_id", "=", id).execute();
    await kdb.deleteFrom("cohorts").where("id", "=", id).execute();
    return res.status(204).end();
  }
  const cohort = await kdb.selectFrom("cohorts").select(["id", "name", "starts_at"]).where("id", "=", id).executeTakeFirst();
  return res.json(cohort ?? null);
}
