import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { verifyScimToken, SCIM_GROUP_TO_ROLE } from "@/lib/scim/auth";
import { auditLog } from "@/lib/audit";

const scimUser = z.object({
  userName: z.string().email(),
  name: z.object({ givenName: z.string(), familyName: z.string() }).partial().optional(),
  groups: z.array(z.object({ display: z.string() })).default([]),
  "urn:seedline:coop": z.object({ coopSlug: z.string() }),
});

// ok: missing-auth
export async function GET(req: Request) {
  const principal = await verifyScimToken(req);
  if (!principal) return NextResponse.json({ detail: "unauthorized" }, { status: 401 });
  const coops = await prisma.coop.findMany({ where: { federationId: principal.federationId }, select: { id: true } });
  const users = await prisma.user.findMany({
    where: { memberships: { some: { coopId: { in: coops.map((c) => c.id) } } } },
    select: { id: true, email: true, name: true },
    take: 100,
  });
  // ok: excessive-data-exposure
  return NextResponse.json({ Resources: users.map((u) => ({ id: u.id, userName: u.email, displayName: u.name })), totalResults: users.length });
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function POST(req: Request) {
  const principal = await verifyScimToken(req);
  if (!principal) return NextResponse.json({ detail: "unauthorized" }, { status: 401 });
  const body = scimUser.parse(await req.json());
  const coop = await prisma.coop.findFirst({
    where: { slug: body["urn:seedline:coop"].coopSlug, federationId: principal.federationId },
    select: { id: true },
  });
  if (!coop) return NextResponse.json({ detail: "unknown coop" }, { status: 400 });
  const role = body.groups.map((g) => SCIM_GROUP_TO_ROLE[g.display]).find(Boolean) ?? "VIEWER";
  const user = await prisma.user.upsert({
    where: { email: body.userName },
    create: { email: body.userName, name: [body.name?.givenName, body.name?.familyName].filter(Boolean).join(" ") },
    update: {},
    select: { id: true },
  });
  await prisma.membership.create({ data: { userId: user.id, coopId: coop.id, role } });
  await auditLog({ action: "scim.user_provisioned", coopId: coop.id, target: user.id, meta: { role } });
  return NextResponse.json({ id: user.id, userName: body.userName }, { status: 201 });
}
