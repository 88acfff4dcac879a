import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { getActiveOrg } from "@/lib/auth/dal";
import { hasRole } from "@/lib/auth/roles";
import { auditLog } from "@/lib/audit";

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function GET(req: Request) {
  const org = await getActiveOrg();
  if (!hasRole(org.role, "ACCOUNTANT")) return new Response("Forbidden", { status: 403 });
  const marinaId = z.string().cuid().optional().parse(new URL(req.url).searchParams.get("marinaId") ?? undefined);
  const owners = await prisma.boatOwner.findMany({
    where: { orgId: org.orgId, ...(marinaId ? { vessels: { some: { orgId: org.orgId } } } : {}) },
    select: { name: true, email: true, phone: true, addressLine: true },
  });
  await auditLog({ orgId: org.orgId, actorId: org.userId, action: "export.customers", meta: { rows: owners.length } });
  const csv = ["name,email,phone,address", ...owners.map((o) => [o.name, o.email, o.phone ?? "", o.addressLine ?? ""].join(","))].join("\n");
  return new Response(csv, { headers: { "content-type": "text/csv" } });
}
