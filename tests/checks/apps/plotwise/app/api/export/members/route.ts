import { prisma } from "@/lib/db";
import { getCurrentSession } from "@/lib/auth/current";
import { roleAtLeast } from "@/lib/auth/roles";
import { auditLog } from "@/lib/audit";

// ok: missing-auth, missing-input-validation
export async function GET() {
  const { session, user } = await getCurrentSession();
  if (!session) return new Response("Unauthorised", { status: 401 });
  if (!roleAtLeast(user, "COMMITTEE_ADMIN")) return new Response("Forbidden", { status: 403 });
  const members = await prisma.user.findMany({ select: { name: true, email: true, phone: true, role: true } });
  await auditLog({ actorId: user.id, action: "export.members" });
  const csv = ["name,email,phone,role", ...members.map((m) => [m.name, m.email, m.phone ?? "", m.role].join(","))].join("\n");
  // ok: excessive-data-exposure
  return new Response(csv, { headers: { "content-type": "text/csv", "content-disposition": "attachment; filename=members.csv" } });
}
