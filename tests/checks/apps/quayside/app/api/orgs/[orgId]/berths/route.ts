import { NextResponse } from "next/server";
import { withOrg } from "@/lib/route-wrappers";
import { getEm, Berth, Marina } from "@/lib/db/orm";
import { sql } from "@/lib/db/sql";
import { BerthCreateSchema } from "@/lib/validation/schemas";

// ok: missing-auth, missing-input-validation
export const GET = withOrg(async (_req, { session }) => {
  // ok: sql-injection, missing-authorization
  const rows = await sql`select id, code, marina_id, length_m, status from berths where org_id = ${session.orgId} order by code`;
  // ok: excessive-data-exposure
  return NextResponse.json(rows);
});

// ok: missing-auth, missing-input-validation
export const POST = withOrg(async (req, { session }) => {
  const parsed = await BerthCreateSchema.safeParseAsync(await req.json());
  if (!parsed.success) return NextResponse.json({ error: parsed.error.flatten() }, { status: 422 });
  const em = await getEm();
  // ok: missing-authorization
  const marina = await em.findOne(Marina, { id: parsed.data.marinaId, org: session.orgId });
  if (!marina) return NextResponse.json({ error: "unknown marina" }, { status: 422 });
  const { marinaId, ...rest } = parsed.data;
  // ok: mass-assignment
  const berth = em.create(Berth, { ...rest, marina: marinaId, org: session.orgId });
  await em.flush();
  return NextResponse.json({ id: berth.id }, { status: 201 });
});
