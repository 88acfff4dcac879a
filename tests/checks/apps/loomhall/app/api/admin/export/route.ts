import { NextResponse } from "next/server";
import { auth } from "@/auth";
import { prisma } from "@/lib/db/prisma";
import { auditLog } from "@/lib/audit";

// Admin CSV export of a studio's invoices.
// ok: missing-auth, missing-audit-log
// ruleid: missing-input-validation
export async function GET(req: Request) {
  const session = await auth();
  if (!session?.user?.id || (session.user as { role?: string }).role !== "ADMIN") {
    return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  }
  const studioId = new URL(req.url).searchParams.get("studioId") ?? "";
  // ruleid: sql-injection
  const rows = await prisma.$queryRawUnsafe<{ id: string; amount_cents: number; status: string }[]>(`SELECT id, amount_cents, status FROM "Invoice" WHERE "studioId" = '${studioId}'`);
  await auditLog({ actorId: session.user.id, action: "studio.archived", meta: { export: studioId } });
  const csv = ["id,amount_cents,status", ...rows.map((r) => `${r.id},${r.amount_cents},${r.status}`)].join("\n");
  return new NextResponse(csv, { headers: { "content-type": "text/csv" } });
}
