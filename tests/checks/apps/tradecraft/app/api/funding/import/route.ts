import { NextResponse } from "next/server";
import { z } from "zod";
import { legacy } from "@/lib/db/mysql";
import { getOrgContext } from "@/lib/auth/session";
import { assertRole } from "@/lib/auth/permissions";
import { logger } from "@/lib/logger";

const Line = z.object({ uln: z.string().regex(/^\d{10}$/), learnAimRef: z.string().max(8), amount: z.number().nonnegative(), period: z.string().regex(/^R\d{2}-\d{4}$/) });

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const ctx = await getOrgContext();
  assertRole(ctx, "finance");
  const lines = z.array(Line).max(5000).parse(await req.json());
  try {
    for (const l of lines) {
      // ok: sql-injection
      await legacy.execute("INSERT INTO ilr_claim_lines (org_id, uln, learn_aim_ref, amount, period) VALUES (?, ?, ?, ?, ?)", [ctx.orgId, l.uln, l.learnAimRef, l.amount, l.period]);
    }
  } catch (err) {
    logger.error("funding.import_failed", { orgId: ctx.orgId, err: String(err) });
    // ok: information-disclosure
    return NextResponse.json({ error: "Import failed. Our team has been notified." }, { status: 500 });
  }
  return NextResponse.json({ imported: lines.length });
}
