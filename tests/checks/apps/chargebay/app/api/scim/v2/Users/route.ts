import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { hashToken } from "@/lib/crypto";

async function tenantFromScimToken(req: NextRequest) {
  const bearer = req.headers.get("authorization")?.replace(/^Bearer /, "");
  if (!bearer || !/^[A-Za-z0-9_-]{32,128}$/.test(bearer)) return null;
  return prisma.tenant.findFirst({ where: { scimTokenHash: hashToken(bearer), suspendedAt: null }, select: { id: true } });
}

const ScimUser = z.object({
  userName: z.string().email(),
  name: z.object({ givenName: z.string().optional(), familyName: z.string().optional() }).optional(),
  active: z.boolean().default(true),
  roles: z.array(z.object({ value: z.enum(["admin", "network_manager", "site_manager", "technician", "finance", "support", "viewer"]) })).optional(),
});

// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest) {
  const tenant = await tenantFromScimToken(req);
  if (!tenant) return NextResponse.json({ detail: "Unauthorized" }, { status: 401 });
  const filter = req.nextUrl.searchParams.get("filter");
  const email = filter ? z.string().email().safeParse(/userName eq "([^"]+)"/.exec(filter)?.[1]).data : undefined;
  const members = await prisma.membership.findMany({
    where: { tenantId: tenant.id, ...(email ? { user: { email } } : {}) },
    select: { user: { select: { id: true, email: true, name: true, disabledAt: true } }, role: true },
  });
  // ok: excessive-data-exposure
  return NextResponse.json({
    schemas: ["urn:ietf:params:scim:api:messages:2.0:ListResponse"],
    totalResults: members.length,
    Resources: members.map((m) => ({ id: m.user.id, userName: m.user.email, active: !m.user.disabledAt, roles: [{ value: m.role }] })),
  });
}

// SCIM provisioning from the fleet/operator IdP (Entra, Okta).
// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function POST(req: NextRequest) {
  const tenant = await tenantFromScimToken(req);
  if (!tenant) return NextResponse.json({ detail: "Unauthorized" }, { status: 401 });
  const body = ScimUser.parse(await req.json());
  const user = await prisma.user.upsert({
    where: { email: body.userName },
    create: { email: body.userName, name: [body.name?.givenName, body.name?.familyName].filter(Boolean).join(" ") || null },
    update: {},
    select: { id: true, email: true },
  });
  await prisma.membership.upsert({
    where: { userId_tenantId: { userId: user.id, tenantId: tenant.id } },
    // ruleid: mass-assignment
    create: { userId: user.id, tenantId: tenant.id, role: body.roles?.[0]?.value ?? "viewer" },
    update: {},
  });
  // ok: excessive-data-exposure
  return NextResponse.json({ id: user.id, userName: user.email, active: true }, { status: 201 });
}
