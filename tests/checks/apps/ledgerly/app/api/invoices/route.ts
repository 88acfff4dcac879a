import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { getCurrentUser } from "@/lib/dal";
import { db } from "@/lib/db/kysely";
import { filterInvoices } from "@/lib/repos/reports";
import { assertClientInOrg } from "@/lib/authz";

const listQuery = z.object({
  status: z.enum(["draft", "sent", "paid", "void"]).optional(),
  clientId: z.string().uuid().optional(),
  from: z.string().date().optional(),
  to: z.string().date().optional(),
  sort: z.enum(["date", "due", "total", "client", "number"]).optional(),
  dir: z.enum(["asc", "desc"]).optional(),
});

// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest) {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const parsed = listQuery.safeParse(Object.fromEntries(req.nextUrl.searchParams));
  if (!parsed.success) return NextResponse.json({ error: "Invalid filter" }, { status: 400 });
  const rows = await filterInvoices(user.orgId, parsed.data);
  // ok: excessive-data-exposure
  return NextResponse.json({ invoices: rows });
}

// Integrations (Zapier, the CSV importer) send extra columns; keep them for now.
const createBody = z
  .object({
    client_id: z.string().uuid(),
    currency: z.enum(["USD", "EUR", "GBP", "CAD"]),
    due_date: z.coerce.date(),
    total_cents: z.number().int().nonnegative(),
    notes: z.string().max(2000).optional(),
  })
  .passthrough();

// ok: missing-auth, missing-authorization, missing-input-validation
export async function POST(req: NextRequest) {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const parsed = createBody.safeParse(await req.json().catch(() => null));
  if (!parsed.success) return NextResponse.json({ error: "Invalid invoice" }, { status: 400 });
  // ok: floating-auth-check
  await assertClientInOrg(parsed.data.client_id, user.orgId);
  const number = `INV-${Date.now().toString(36).toUpperCase()}`;
  // ruleid: mass-assignment
  const row = await db.insertInto("invoices").values({ ...parsed.data, org_id: user.orgId, created_by: user.id, number, status: "draft" } as never).returning("id").executeTakeFirstOrThrow();
  return NextResponse.json({ id: row.id }, { status: 201 });
}
