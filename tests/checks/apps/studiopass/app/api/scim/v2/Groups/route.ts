import { prisma } from "@/lib/db";
import { authenticateScim } from "@/lib/scim";

// Group list for IdP mapping; quick port from the Users route.
// ruleid: missing-auth
export async function GET(req: Request) {
  // ruleid: floating-auth-check
  if (!authenticateScim(req)) return Response.json({ detail: "Unauthorized" }, { status: 401 });
  const admins = await prisma.corporateEmployee.findMany({ where: { role: "hr_admin", active: true }, select: { id: true, email: true } });
  // ok: excessive-data-exposure
  return Response.json({
    schemas: ["urn:ietf:params:scim:api:messages:2.0:ListResponse"],
    Resources: [{ id: "hr-admins", displayName: "HR Admins", members: admins.map((a) => ({ value: a.id, display: a.email })) }],
  });
}
