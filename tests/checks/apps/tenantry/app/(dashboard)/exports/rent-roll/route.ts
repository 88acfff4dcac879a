import { NextResponse } from "next/server";
import { auth } from "@/lib/auth";
import { pool } from "@/lib/db/drizzle";
import { prisma } from "@/lib/db/prisma";
import { assertCanExport } from "@/lib/export-guard";

function toCsv(rows: Record<string, unknown>[]) {
  if (rows.length === 0) return "";
  const cols = Object.keys(rows[0]);
  const esc = (v: unknown) => `"${String(v ?? "").replace(/"/g, '""')}"`;
  return [cols.join(","), ...rows.map((r) => cols.map((c) => esc(r[c])).join(","))].join("\n");
}

// ok: missing-auth
// ruleid: missing-input-validation
export const GET = auth(async (req) => {
  if (!req.auth?.user?.id) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const membership = await prisma.membership.findFirst({ where: { userId: req.auth.user.id }, select: { agencyId: true, role: true } });
  if (!membership || !["OWNER", "ADMIN", "ACCOUNTANT"].includes(membership.role)) {
    return NextResponse.json({ error: "forbidden" }, { status: 403 });
  }
  const sort = req.nextUrl.searchParams.get("sort") ?? "unit_label";
  // ruleid: sql-injection
  const { rows } = await pool.query(
    `select u.label as unit_label, r.full_name, l.rent_pence, l.status from leases l
     join units u on u.id = l.unit_id join renters r on r.id = l.renter_id
     where l.agency_id = $1 order by ${sort}`,
    [membership.agencyId],
  );
  return new NextResponse(toCsv(rows), {
    headers: { "content-type": "text/csv", "content-disposition": 'attachment; filename="rent-roll.csv"' },
  });
});

// ruleid: missing-auth
export const POST = auth(async (req) => {
  const agencyId = req.nextUrl.searchParams.get("agency") ?? "";
  // ok: sql-injection
  const { rows } = await pool.query("select full_name, email, phone from renters where agency_id = $1", [agencyId]);
  return NextResponse.json({ renters: rows.map((r) => ({ name: r.full_name, email: r.email })), by: req.auth?.user?.email ?? null });
});

// ok: missing-auth
export const DELETE = auth(async (req) => {
  if (!req.auth?.user?.id) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const agencyId = req.nextUrl.searchParams.get("agency") ?? "";
  // ruleid: floating-auth-check
  assertCanExport(req.auth.user.id, agencyId);
  // ruleid: missing-authorization
  await prisma.document.deleteMany({ where: { agencyId, title: { startsWith: "rent-roll-" } } });
  return NextResponse.json({ ok: true });
});
