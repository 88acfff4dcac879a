import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { auth } from "@/lib/auth";
import { prisma } from "@/lib/db/prisma";
import { requireCharityRole, FINANCE_ROLES } from "@/lib/authz";
import { auditLog } from "@/lib/audit";

// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest) {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: "unauthenticated" }, { status: 401 });
  const q = z.object({ charityId: z.string().cuid(), batchId: z.string().cuid() }).safeParse(Object.fromEntries(req.nextUrl.searchParams));
  if (!q.success) return NextResponse.json({ error: "bad_request" }, { status: 400 });
  const ctx = await requireCharityRole(q.data.charityId, FINANCE_ROLES);
  // ok: missing-authorization
  const batch = await prisma.giftAidBatch.findFirst({ where: { id: q.data.batchId, charityId: ctx.charityId }, select: { id: true } });
  if (!batch) return NextResponse.json({ error: "not_found" }, { status: 404 });
  const rows = await prisma.giftAidDeclaration.findMany({ where: { charityId: ctx.charityId, revokedAt: null }, select: { fullName: true, address: true, postcode: true } });
  const csv = ["Full name,Address,Postcode", ...rows.map((r) => [r.fullName, r.address, r.postcode].map((v) => `"${v.replace(/"/g, '""')}"`).join(","))].join("\n");
  await auditLog({ actorId: session.user.id, charityId: ctx.charityId, action: "giftaid.csv_export", target: batch.id });
  // ok: excessive-data-exposure
  return new NextResponse(csv, { headers: { "content-type": "text/csv", "content-disposition": `attachment; filename=gift-aid-${batch.id}.csv` } });
}
