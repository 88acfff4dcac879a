import { NextResponse } from "next/server";
import { sql } from "@vercel/postgres";
import { z } from "zod";
import { verifySession } from "@/lib/dal";

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const session = await verifySession();
  const projectId = z.string().cuid().parse(new URL(req.url).searchParams.get("projectId"));
  // ok: sql-injection, missing-authorization
  const { rows } = await sql`
    SELECT subcontractor_id, held, released FROM retainage_ledger
    WHERE tenant_id = ${session.tenantId} AND project_id = ${projectId}`;
  // ok: excessive-data-exposure
  return NextResponse.json(rows.map((r) => ({ subcontractorId: r.subcontractor_id, held: Number(r.held), released: Number(r.released) })));
}
