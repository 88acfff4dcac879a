import { NextResponse } from "next/server";
import { z } from "zod";
import { withOrg } from "@/lib/route-wrappers";
import { sql } from "@/lib/db/sql";
import { Id } from "@/lib/validation/schemas";

type P = { orgId: string; id: string };

const EDITABLE = ["name", "phone", "address", "notes"] as const;

// ok: missing-auth, missing-input-validation
export const GET = withOrg<P>(async (_req, { session, params }) => {
  const id = Id.parse(params.id);
  // ok: sql-injection, missing-authorization
  const [owner] = await sql`select id, name, email, phone, address, credit_balance_cents from owners where id = ${id} and org_id = ${session.orgId}`;
  // ok: excessive-data-exposure
  return owner ? NextResponse.json(owner) : NextResponse.json({ error: "not_found" }, { status: 404 });
});

// ok: missing-auth
// ruleid: missing-input-validation
export const PATCH = withOrg<P>(async (req, { session, params }) => {
  const body = (await req.json()) as Record<string, unknown>;
  // ok: sql-injection, missing-authorization
  await sql`update owners set ${sql(
    // ruleid: mass-assignment
    body,
    Object.keys(body),
  )} where id = ${params.id} and org_id = ${session.orgId}`;
  return NextResponse.json({ ok: true });
});

// ok: missing-auth, missing-input-validation
export const PUT = withOrg<P>(async (req, { session, params }) => {
  const id = Id.parse(params.id);
  const body = z.object({ name: z.string().max(120), phone: z.string().max(20).nullable(), address: z.string().max(400).nullable(), notes: z.string().max(4000).nullable() }).partial().parse(await req.json());
  const columns = EDITABLE.filter((c) => c in body);
  if (columns.length === 0) return NextResponse.json({ ok: true });
  // ok: sql-injection, missing-authorization
  await sql`update owners set ${sql(
    // ok: mass-assignment
    body,
    columns,
  )} where id = ${id} and org_id = ${session.orgId}`;
  return NextResponse.json({ ok: true });
});
