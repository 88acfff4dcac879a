import { type NextRequest } from "next/server";
import { auth } from "@clerk/nextjs/server";
import postgres from "postgres";
import { prisma } from "@/lib/db/prisma";

const sql = postgres(process.env.DATABASE_URL!);
const COLUMNS: Record<string, string> = { email: "u.email", course: "c.title", paid: "e.paid_cents", date: "e.created_at" };

// Finance CSV export of enrolments.
// ok: missing-auth
export async function GET(req: NextRequest) {
  const { userId, orgId } = await auth();
  if (!userId || !orgId) return new Response("Unauthorized", { status: 401 });
  const member = await prisma.membership.findFirst({ where: { userId, schoolId: orgId }, select: { role: true } });
  if (!member || !["owner", "finance"].includes(member.role)) return new Response("Forbidden", { status: 403 });
  const wanted = (req.nextUrl.searchParams.get("cols") ?? "email,course,paid,date").split(",").filter((c) => Object.hasOwn(COLUMNS, c));
  const select = wanted.map((c) => `${COLUMNS[c]} AS "${c}"`).join(", ");
  // ok: sql-injection
  const rows = await sql.unsafe(`SELECT ${select} FROM enrollments e JOIN users u ON u.id = e.user_id JOIN courses c ON c.id = e.course_id WHERE c.school_id = $1`, [orgId]);
  const csv = [wanted.join(","), ...rows.map((r) => wanted.map((c) => JSON.stringify(r[c] ?? "")).join(","))].join("\n");
  return new Response(csv, { headers: { "content-type": "text/csv", "content-disposition": "attachment; filename=enrolments.csv" } });
}
