import { z } from "zod";
import { prisma } from "@/lib/db";
import { authenticateScim } from "@/lib/scim";

const scimUser = z.object({
  userName: z.string().email(),
  externalId: z.string().max(128).optional(),
  name: z.object({ givenName: z.string().optional(), familyName: z.string().optional() }).optional(),
  active: z.boolean().default(true),
  groups: z.array(z.object({ display: z.string() })).optional(),
});

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const clientId = await authenticateScim(req);
  if (!clientId) return Response.json({ detail: "Unauthorized" }, { status: 401 });
  // ok: missing-authorization
  const users = await prisma.corporateEmployee.findMany({
    where: { corporateClientId: clientId },
    select: { id: true, email: true, externalId: true, active: true },
  });
  // ok: excessive-data-exposure
  return Response.json({
    schemas: ["urn:ietf:params:scim:api:messages:2.0:ListResponse"],
    totalResults: users.length,
    Resources: users.map((u) => ({ id: u.id, userName: u.email, externalId: u.externalId, active: u.active })),
  });
}

// Okta / Entra provisioning; group "HR Admins" maps to the hr_admin role.
// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const clientId = await authenticateScim(req);
  if (!clientId) return Response.json({ detail: "Unauthorized" }, { status: 401 });
  const body = scimUser.parse(await req.json());
  const isHrAdmin = body.groups?.some((g) => g.display === "HR Admins") ?? false;
  const employee = await prisma.corporateEmployee.create({
    data: {
      corporateClientId: clientId,
      email: body.userName,
      externalId: body.externalId,
      name: [body.name?.givenName, body.name?.familyName].filter(Boolean).join(" ") || null,
      active: body.active,
      role: isHrAdmin ? "hr_admin" : "employee",
    },
    select: { id: true },
  });
  // ok: excessive-data-exposure
  return Response.json({ id: employee.id, userName: body.userName, active: body.active }, { status: 201 });
}
