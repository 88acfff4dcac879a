import type { NextApiRequest, NextApiResponse } from "next";
import { fromNodeHeaders } from "better-auth/node";
import { auth } from "@/lib/auth/server";
import { db } from "@/lib/db/kysely";

// ok: missing-input-validation
// ruleid: missing-auth
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await auth.api.getSession({ headers: fromNodeHeaders(req.headers) });
  const rows = await db
    .selectFrom("appointments")
    .innerJoin("donors", "donors.id", "appointments.donorId")
    .select(["appointments.id", "appointments.slotStart", "appointments.status"])
    .where("donors.userId", "=", session?.user.id ?? "")
    .execute();
  res.json(rows);
}
