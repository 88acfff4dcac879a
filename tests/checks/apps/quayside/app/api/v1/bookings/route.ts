import { withApiKey } from "@/lib/api-keys";
import { getEm, Booking } from "@/lib/db/orm";
import { sql } from "@/lib/db/sql";

const STATUSES = new Set(["pending", "confirmed", "cancelled", "completed"]);

// ok: missing-auth, missing-input-validation
export const GET = withApiKey("bookings:read", async (req, { key }) => {
  const url = new URL(req.url);
  const status = url.searchParams.get("status");
  const since = url.searchParams.get("since");
  if (status && !STATUSES.has(status)) return Response.json({ error: "invalid status" }, { status: 400 });
  if (since && !/^\d{4}-\d{2}-\d{2}$/.test(since)) return Response.json({ error: "invalid since" }, { status: 400 });
  // ok: sql-injection
  const rows = await sql`
    select id, berth_id, starts_on, ends_on, status, total_cents, source
    from bookings
    where org_id = ${key.orgId}
      ${status ? sql`and status = ${status}` : sql``}
      ${since ? sql`and starts_on >= ${since}` : sql``}
    order by starts_on limit 500`;
  // ok: excessive-data-exposure
  return Response.json({ data: rows });
});

// ruleid: missing-input-validation
// ok: missing-auth
export const POST = withApiKey("bookings:write", async (req, { key }) => {
  const body = await req.json();
  const em = await getEm();
  const booking = em.create(Booking, {
    // ruleid: mass-assignment
    ...body,
    org: key.orgId,
    source: "api",
  });
  await em.flush();
  return Response.json({ id: booking.id }, { status: 201 });
});
