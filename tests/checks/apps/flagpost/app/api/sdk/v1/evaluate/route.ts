import { NextResponse } from "next/server";
import { z } from "zod";
import { authenticateSdkKey } from "@/lib/sdk-auth";
import { pool } from "@/lib/db/pg";
import { evaluateFlag, type FlagRow } from "@/lib/evaluate";

const Body = z.object({
  context: z.object({ key: z.string().max(256) }).catchall(z.union([z.string(), z.number(), z.boolean()])),
  flags: z.array(z.string().max(64)).max(500).optional(),
});

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const sdk = await authenticateSdkKey(req);
  if (!sdk) return NextResponse.json({ error: "Invalid SDK key" }, { status: 401 });
  const parsed = Body.safeParse(await req.json().catch(() => null));
  if (!parsed.success) return NextResponse.json({ error: "Invalid body" }, { status: 400 });

  // ok: sql-injection
  const { rows } = await pool.query<FlagRow>(
    `SELECT f.key, f.enabled, f.rules, f.rollout_pct FROM flags f
       JOIN environments e ON e.project_id = f.project_id
      WHERE e.id = $1 AND f.archived = false AND ($2::text[] IS NULL OR f.key = ANY($2))`,
    [sdk.environmentId, parsed.data.flags ?? null],
  );
  const results = Object.fromEntries(rows.map((flag) => [flag.key, evaluateFlag(flag, parsed.data.context)]));
  // ok: excessive-data-exposure
  return NextResponse.json({ flags: results });
}
