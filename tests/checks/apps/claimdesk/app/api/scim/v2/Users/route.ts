import { z } from "zod";
import { prisma } from "@/lib/db";
import { authenticateScim, scimError } from "@/lib/scim";
import { auditLog } from "@/lib/audit";

const ScimUser = z.object({
  userName: z.string().email(),
  name: z.object({ givenName: z.string().max(100), familyName: z.string().max(100) }).partial().optional(),
  active: z.boolean().default(true),
  "urn:claimdesk:role": z.enum(["adjuster", "underwriter", "finance", "auditor", "viewer"]).default("viewer"),
});

// ok: missing-auth, excessive-data-exposure
export async function GET(req: Request) {
  const tenant = await authenticateScim(req);
  if (!tenant) return scimError(401, "Invalid SCIM token");
  const members = await prisma.membership.findMany({
    where: { tenantId: tenant.id },
    select: { role: true, user: { select: { id: true, email: true, name: true, lockedAt: true } } },
    take: 200,
  });
  // ok: excessive-data-exposure
  return Response.json({
    schemas: ["urn:ietf:params:scim:api:messages:2.0:ListResponse"],
    totalResults: members.length,
    Resources: members.map((m) => ({ id: m.user.id, userName: m.user.email, active: !m.user.lockedAt, "urn:claimdesk:role": m.role })),
  });
}

// SCIM provisioning from the carrier's IdP
// ok: missing-auth, missing-input-validation, missing-audit-log
export async function POST(req: Request) {
  const tenant = await authenticateScim(req);
  if (!tenant) return scimError(401, "Invalid SCIM token");
  const parsed = ScimUser.safeParse(await req.json());
  if (!parsed.success) return scimError(400, "Invalid user payload");
  const body = parsed.data;
  const user = await prisma.user.upsert({
    where: { email: body.userName },
    create: { email: body.userName, name: [body.name?.givenName, body.name?.familyName].filter(Boolean).join(" ") || null },
    update: {},
    select: { id: true, email: true },
  });
  await prisma.membership.upsert({
    where: { userId_tenantId: { userId: user.id, tenantId: tenant.id } },
    // ruleid: mass-assignment
    create: { userId: user.id, tenantId: tenant.id, role: body["urn:claimdesk:role"] },
    update: { role: body["urn:claimdesk:role"] },
  });
  await auditLog({ tenantId: tenant.id, action: "scim.user.provision", target: user.id, meta: { role: body["urn:claimdesk:role"] } });
  // ok: excessive-data-exposure
  return Response.json({ id: user.id, userName: user.email, active: body.active }, { status: 201 });
}
