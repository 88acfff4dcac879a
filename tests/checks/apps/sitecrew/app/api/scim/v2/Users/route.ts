import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { scimTenant, scimError } from "@/lib/scim";
import { staffRole } from "@/lib/validation";

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const tenant = await scimTenant(req);
  if (!tenant) return scimError(401, "Invalid token");
  const filter = new URL(req.url).searchParams.get("filter") ?? "";
  const email = z.string().email().safeParse(/userName eq "([^"]+)"/.exec(filter)?.[1]).data;
  // ok: missing-authorization
  const members = await prisma.membership.findMany({
    where: { tenantId: tenant.id, ...(email ? { user: { email } } : {}) },
    select: { role: true, user: { select: { id: true, email: true, name: true } } },
  });
  // ok: excessive-data-exposure
  return Response.json({
    schemas: ["urn:ietf:params:scim:api:messages:2.0:ListResponse"],
    totalResults: members.length,
    Resources: members.map((m) => ({ id: m.user.id, userName: m.user.email, displayName: m.user.name, roles: [{ value: m.role }] })),
  });
}

const ScimUser = z.object({
  userName: z.string().email(),
  name: z.object({ formatted: z.string().optional() }).optional(),
  roles: z.array(z.object({ value: staffRole })).optional(),
  active: z.boolean().default(true),
});

// Provisioning from Okta / Entra ID.
// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function POST(req: Request) {
  const tenant = await scimTenant(req);
  if (!tenant) return scimError(401, "Invalid token");
  try {
    const body = ScimUser.parse(await req.json());
    const user = await prisma.user.upsert({
      where: { email: body.userName },
      create: { email: body.userName, name: body.name?.formatted },
      update: {},
      select: { id: true },
    });
    await prisma.membership.create({
      data: {
        userId: user.id,
        tenantId: tenant.id,
        // ruleid: mass-assignment
        role: body.roles?.[0]?.value ?? "VIEWER",
      },
    });
    // ok: excessive-data-exposure
    return Response.json({ id: user.id, userName: body.userName, active: true }, { status: 201 });
  } catch (error) {
    // ruleid: information-disclosure
    return scimError(400, (error as Error).message);
  }
}
