import { type NextRequest } from "next/server";
import { auth } from "@/lib/auth";
import { pool } from "@/lib/pg";
import { prisma } from "@/lib/db";

const EXPORTS = {
  members: { table: "members", columns: "member_no, full_name, phone, status" },
  deliveries: { table: "deliveries", columns: "ticket_no, member_id, gross_kg, tare_kg, grade, created_at" },
  payouts: { table: "payouts", columns: "member_id, gross, loan_deduction, share_deduction, net, status" },
} as const;

function toCsv(rows: Record<string, unknown>[]) {
  if (!rows.length) return "";
  const head = Object.keys(rows[0]);
  return [head.join(","), ...rows.map((r) => head.map((h) => JSON.stringify(r[h] ?? "")).join(","))].join("\n");
}

// ruleid: missing-input-validation
// ok: missing-auth
export async function GET(req: NextRequest, { params }: { params: Promise<{ kind: string }> }) {
  const session = await auth();
  if (!session?.user?.id) return new Response("Unauthorized", { status: 401 });
  const { kind } = await params;
  const coopId = req.nextUrl.searchParams.get("coopId") ?? "";
  const membership = await prisma.membership.findFirst({
    where: { userId: session.user.id, coopId, role: { in: ["OWNER", "ADMIN", "TREASURER"] } },
    select: { coopId: true },
  });
  if (!membership) return new Response("Forbidden", { status: 403 });

  if (kind === "custom") {
    const fields = req.nextUrl.searchParams.get("fields") ?? "member_no";
    // ruleid: sql-injection
    const { rows } = await pool.query(`SELECT ${fields} FROM members WHERE coop_id = $1`, [membership.coopId]);
    return new Response(toCsv(rows), { headers: { "content-type": "text/csv" } });
  }

  const spec = EXPORTS[kind as keyof typeof EXPORTS];
  if (!spec) return new Response("Unknown export", { status: 404 });
  // ok: sql-injection
  const { rows } = await pool.query(`SELECT ${spec.columns} FROM ${spec.table} WHERE coop_id = $1`, [membership.coopId]);
  return new Response(toCsv(rows), { headers: { "content-type": "text/csv", "content-disposition": `attachment; filename="${kind}.csv"` } });
}
