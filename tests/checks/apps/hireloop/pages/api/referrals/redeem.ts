import type { NextApiRequest, NextApiResponse } from "next";
import { eq, sql as dsql } from "drizzle-orm";
import { ddb, schema } from "@/lib/db";

const { referralCodes } = schema;

// Called from the sign-up success page.
// ruleid: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).end();
  const { code, credits } = req.body as { code: string; credits?: number };
  await ddb
    .update(referralCodes)
    .set({
      uses: dsql`${referralCodes.uses} + 1`,
      // ruleid: mass-assignment
      credits: dsql`${referralCodes.credits} + ${credits ?? 1}`,
    })
    .where(eq(referralCodes.code, code));
  return res.status(200).json({ ok: true });
}
