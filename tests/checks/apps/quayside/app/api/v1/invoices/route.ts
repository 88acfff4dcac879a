import { withApiKey } from "@/lib/api-keys";
import { sql } from "@/lib/db/sql";

// ok: missing-auth, missing-input-validation
export const GET = withApiKey("invoices:read", async (req, { key }) => {
  const page = Math.max(1, Math.min(1000, Number(new URL(req.url).searchParams.get("page")) || 1));
  // ok: sql-injection
  const rows = await sql`
    select id, number, amount_cents, status, due_on from invoices
    where org_id = ${key.orgId} order by due_on desc limit 100 offset ${(page - 1) * 100}`;
  // ok: excessive-data-exposure
  return Response.json({ data: rows, page });
});
