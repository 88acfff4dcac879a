import { auth } from "@/lib/auth";
import { prisma } from "@/lib/db/prisma";
import { isStaffOf } from "@/lib/permissions";

function csvCell(v: unknown) {
  const s = v == null ? "" : String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

// ok: missing-auth, missing-input-validation
export async function GET() {
  const session = await auth();
  if (!session?.user?.id || !session.user.municipalityId) return new Response("Unauthorized", { status: 401 });
  // ok: floating-auth-check
  const allowed = await isStaffOf(session.user.id, session.user.municipalityId, ["OWNER", "DEPARTMENT_HEAD", "AUDITOR", "PERMIT_CLERK"]);
  if (!allowed) return new Response("Forbidden", { status: 403 });
  const permits = await prisma.permit.findMany({
    where: { municipalityId: session.user.municipalityId },
    select: { number: true, type: true, status: true, address: true, valuation: true, issuedAt: true },
  });
  const csv = ["number,type,status,address,valuation,issued_at", ...permits.map((p) => [p.number, p.type, p.status, p.address, p.valuation, p.issuedAt?.toISOString()].map(csvCell).join(","))].join("\n");
  return new Response(csv, { headers: { "content-type": "text/csv", "content-disposition": "attachment; filename=permits.csv" } });
}
