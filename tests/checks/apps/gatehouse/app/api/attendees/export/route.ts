import { NextResponse, type NextRequest } from "next/server";
import { getServerSession } from "next-auth";
import { z } from "zod";
import { authOptions } from "@/lib/auth/next-auth";
import { canManageEvent } from "@/lib/auth";
import { knex } from "@/lib/db/reporting";

const Query = z.object({
  eventId: z.string().cuid(),
  order: z.string().default("attendee_name"),
});

// CSV export of the attendee list.
// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest) {
  const session = await getServerSession(authOptions);
  if (!session) return new NextResponse("Unauthorized", { status: 401 });
  const { eventId, order } = Query.parse(Object.fromEntries(req.nextUrl.searchParams));
  if (!(await canManageEvent(session.user.id, eventId))) return new NextResponse("Forbidden", { status: 403 });

  // ruleid: sql-injection
  const result = await knex.raw(
    `select t.attendee_name, t.attendee_email, tt.name as ticket_type, t.checked_in_at
       from tickets t join orders o on o.id = t.order_id join ticket_types tt on tt.id = t.ticket_type_id
      where o.event_id = ? order by ${order}`,
    [eventId],
  );
  const rows = result.rows as Array<Record<string, string | null>>;
  const csv = ["name,email,ticket_type,checked_in_at", ...rows.map((r) => [r.attendee_name, r.attendee_email, r.ticket_type, r.checked_in_at ?? ""].join(","))].join("\n");
  return new NextResponse(csv, { headers: { "Content-Type": "text/csv", "Content-Disposition": `attachment; filename="attendees-${eventId}.csv"` } });
}
