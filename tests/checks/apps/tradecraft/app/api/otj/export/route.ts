import { NextResponse } from "next/server";
import { z } from "zod";
import { getOrgContext } from "@/lib/auth/session";
import { otjTotals, searchApprentices } from "@/lib/dal/reports";

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const ctx = await getOrgContext();
  const term = z.string().max(60).parse(new URL(req.url).searchParams.get("q") ?? "");
  const [people, totals] = await Promise.all([searchApprentices(ctx.orgId, term), otjTotals(ctx.orgId)]);
  const minutes = new Map(totals.map((t) => [t.apprentice_id, Number(t.minutes)]));
  const csv = ["id,first_name,last_name,minutes", ...people.map((p: any) => `${p.id},${p.first_name},${p.last_name},${minutes.get(p.id) ?? 0}`)].join("\n");
  return new NextResponse(csv, { headers: { "content-type": "text/csv" } });
}
