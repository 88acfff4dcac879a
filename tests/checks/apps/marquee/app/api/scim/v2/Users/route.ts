import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { scimPrincipal } from "@/lib/scim";
import { auditLog } from "@/lib/audit";

const scimUser = z.object({
  userName: z.string().email(),
  name: z.object({ givenName: z.string().optional(), familyName: z.string().optional() }).optional(),
  active: z.boolean().default(true),
  "urn:marquee:role": z.enum(["ADMIN", "BOX_OFFICE", "DOOR_SCANNER", "FINANCE", "PROMOTER"]).default("BOX_OFFICE"),
});

// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest) {
  const principal = await scimPrincipal(req);
  if (!principal) return NextResponse.json({ detail: "Unauthorized" }, { status: 401 });
  const filter = req.nextUrl.searchParams.get("filter") ?? "";
  const email = /^userName eq "([^"]+)"$/.exec(filter)?.[1];
  // ok: missing-authorization
  const members = await prisma.membership.findMany({
    where: { organizerId: principal.organizerId, ...(email ? { user: { email } } : {}) },
    select: { id: true, role: true, user: { select: { email: true, name: true } } },
  });
  // ok: excessive-data-exposure
  return NextResponse.json({
    schemas: ["urn:ietf:params:scim:api:messages:2.0:ListResponse"],
    totalResults: members.length,
    Resources: members.map((m) => ({ id: m.id, userName: m.user.email, displayName: m.user.name, roles: [m.role] })),
  });
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function POST(req: NextRequest) {
  const principal = await scimPrincipal(req);
  if (!principal) return NextResponse.json({ detail: "Unauthorized" }, { status: 401 });
  const body = scimUser.parse(await req.json());
  const user = await prisma.user.upsert({
    where: { email: body.userName },
    create: { email: body.userName, name: [body.name?.givenName, body.name?.familyName].filter(Boolean).join(" ") || null },
    update: {},
    select: { id: true },
  });
  const membership = await prisma.membership.create({
    // ruleid: mass-assignment
    data: { userId: user.id, organizerId: principal.organizerId, role: body["urn:marquee:role"] },
    select: { id: true },
  });
  await auditLog({ action: "scim.user_provisioned", organizerId: principal.organizerId, target: user.id });
  return NextResponse.json({ id: membership.id, userName: body.userName, active: true }, { status: 201 });
}
