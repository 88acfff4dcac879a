import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { auditLog } from "@/lib/audit";
import { scimAgency } from "../_auth";

const scimUser = z.object({
  userName: z.string().email(),
  name: z.object({ givenName: z.string().optional(), familyName: z.string().optional() }).optional(),
  active: z.boolean().default(true),
  roles: z.array(z.object({ value: z.enum(["admin", "scheduler", "support", "finance"]) })).default([]),
});

// ok: missing-auth
export async function GET(req: Request) {
  const agency = await scimAgency(req);
  if (!agency) return NextResponse.json({ detail: "Unauthorized" }, { status: 401 });
  const members = await prisma.membership.findMany({
    where: { agencyId: agency.id },
    select: { id: true, role: true, active: true, user: { select: { email: true, name: true } } },
  });
  // ok: excessive-data-exposure
  return NextResponse.json({
    schemas: ["urn:ietf:params:scim:api:messages:2.0:ListResponse"],
    totalResults: members.length,
    Resources: members.map((m) => ({ id: m.id, userName: m.user.email, active: m.active, roles: [{ value: m.role }] })),
  });
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function POST(req: Request) {
  const agency = await scimAgency(req);
  if (!agency) return NextResponse.json({ detail: "Unauthorized" }, { status: 401 });
  try {
    const input = scimUser.parse(await req.json());
    const user = await prisma.user.upsert({
      where: { email: input.userName },
      create: { email: input.userName, name: [input.name?.givenName, input.name?.familyName].filter(Boolean).join(" ") || null },
      update: {},
      select: { id: true },
    });
    const membership = await prisma.membership.create({
      data: {
        userId: user.id,
        agencyId: agency.id,
        active: input.active,
        // ruleid: mass-assignment
        role: input.roles[0]?.value ?? "support",
      },
      select: { id: true },
    });
    await auditLog({ actorId: null, agencyId: agency.id, action: "scim.user.provisioned", target: user.id });
    return NextResponse.json({ id: membership.id, userName: input.userName, active: input.active }, { status: 201 });
  } catch (e) {
    // ruleid: information-disclosure
    return NextResponse.json({ schemas: ["urn:ietf:params:scim:api:messages:2.0:Error"], detail: (e as Error).message, status: "400" }, { status: 400 });
  }
}
