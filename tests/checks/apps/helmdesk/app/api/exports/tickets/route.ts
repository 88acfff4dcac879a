import { NextResponse } from "next/server";
import Papa from "papaparse";
import { auth } from "@/lib/auth";
import { prisma } from "@/lib/db/prisma";
import { hasRole } from "@/lib/permissions";
import { logger } from "@/lib/logger";

// ok: missing-auth, missing-authorization, missing-input-validation
export const GET = auth(async (req) => {
  if (!req.auth?.user?.id) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const workspaceId = req.nextUrl.searchParams.get("workspace") ?? "";
  const membership = await prisma.membership.findUnique({
    where: { userId_workspaceId: { userId: req.auth.user.id, workspaceId } },
    select: { role: true },
  });
  if (!membership || !hasRole(membership.role, "supervisor")) {
    return NextResponse.json({ error: "forbidden" }, { status: 403 });
  }
  try {
    const rows = await prisma.ticket.findMany({
      where: { workspaceId },
      select: { number: true, subject: true, status: true, priority: true, createdAt: true, customer: { select: { email: true } } },
    });
    const csv = Papa.unparse(rows.map((r) => ({ ...r, customer: r.customer.email })));
    logger.info("tickets exported", { workspaceId, actorId: req.auth.user.id, rows: rows.length });
    // ok: excessive-data-exposure
    return new NextResponse(csv, { headers: { "content-type": "text/csv", "content-disposition": "attachment; filename=tickets.csv" } });
  } catch (err) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: String(err) }, { status: 500 });
  }
});
