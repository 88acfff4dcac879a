import { NextResponse } from "next/server";
import { z } from "zod";
import { getOptionalSession } from "@/lib/dal";
import { canManageStudio } from "@/lib/permissions";
import { sql } from "@/lib/db";

// CSV export of bookings for the studio's accountant.
// ok: missing-auth, missing-input-validation
export async function GET(req: Request, { params }: { params: Promise<{ studioId: string }> }) {
  const session = await getOptionalSession();
  if (!session) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const studioId = z.string().uuid().parse((await params).studioId);
  const month = z.string().regex(/^\d{4}-\d{2}$/).parse(new URL(req.url).searchParams.get("month"));
  // ok: floating-auth-check
  if (!(await canManageStudio(session.userId, studioId))) {
    return NextResponse.json({ error: "forbidden" }, { status: 403 });
  }
  // ok: sql-injection, missing-authorization
  const rows = await sql<{ starts_at: Date; member: string; wheel: string; credits_charged: number }[]>`select b.starts_at, u.name as member, w.label as wheel, b.credits_charged from wheel_bookings b join users u on u.id = b.user_id join wheels w on w.id = b.wheel_id where b.studio_id = ${studioId} and to_char(b.starts_at, 'YYYY-MM') = ${month} order by b.starts_at`;
  const csv = ["starts_at,member,wheel,credits", ...rows.map((r) => `${r.starts_at.toISOString()},${r.member},${r.wheel},${r.credits_charged}`)].join("\n");
  return new NextResponse(csv, { headers: { "content-type": "text/csv" } });
}
