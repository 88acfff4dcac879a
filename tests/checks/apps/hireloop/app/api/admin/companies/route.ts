import { NextResponse, type NextRequest } from "next/server";
import { auth } from "@/lib/admin-auth";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";

// ok: missing-auth
export async function GET(req: NextRequest) {
  const session = await auth.api.getSession({ headers: req.headers });
  if (!session || session.user.role !== "admin") return NextResponse.json({ error: "Not found" }, { status: 404 });
  const companies = await db.company.findMany({
    include: { _count: { select: { memberships: true, jobs: true } } },
    orderBy: { name: "asc" },
    take: 200,
  });
  logger.info({ staff: session.user.id, action: "admin.list_companies" }, "staff listed companies");
  // ok: excessive-data-exposure
  return NextResponse.json(companies.map((c) => ({ id: c.id, name: c.name, plan: c.plan, members: c._count.memberships, suspended: !!c.suspendedAt })));
}

// ruleid: missing-audit-log
export async function PATCH(req: NextRequest) {
  const session = await auth.api.getSession({ headers: req.headers });
  if (!session || session.user.role !== "admin") return NextResponse.json({ error: "Not found" }, { status: 404 });
  const body = await req.json();
  if (typeof body?.companyId !== "string" || !["free", "starter", "growth", "scale"].includes(body?.plan)) {
    return NextResponse.json({ error: "Invalid" }, { status: 400 });
  }
  // staff may set any plan (comped accounts)
  // ok: missing-authorization
  await db.company.update({ where: { id: body.companyId }, data: { plan: body.plan as string } });
  return NextResponse.json({ ok: true });
}
