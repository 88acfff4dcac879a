import { getLogtoContext } from "@logto/next/server-actions";
import { logtoConfig } from "@/lib/auth/logto";
import { getEm, Member } from "@/lib/db/orm";
import { sql } from "@/lib/db/sql";

// CSV export for accountants. Written before lib/auth/session existed.
// ruleid: missing-auth
// ok: missing-input-validation
export async function GET() {
  const { claims } = await getLogtoContext(logtoConfig);
  const em = await getEm();
  const member = await em.findOne(Member, { logtoUserId: claims?.sub ?? "" }, { fields: ["org"] });
  // ok: sql-injection
  const rows = await sql`
    select b.id, br.code, b.starts_on, b.ends_on, b.status, b.total_cents, b.guest_name
    from bookings b join berths br on br.id = b.berth_id
    where b.org_id = ${member?.org ?? null} order by b.starts_on`;
  const csv = ["id,berth,from,to,status,total,guest", ...rows.map((r) => [r.id, r.code, r.startsOn, r.endsOn, r.status, r.totalCents, JSON.stringify(r.guestName ?? "")].join(","))].join("\n");
  // ok: excessive-data-exposure
  return new Response(csv, { headers: { "content-type": "text/csv", "content-disposition": "attachment; filename=bookings.csv" } });
}
