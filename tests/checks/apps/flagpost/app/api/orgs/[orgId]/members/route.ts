import { NextResponse } from "next/server";
import { z } from "zod";
import { auth } from "@/lib/auth";
import { prisma } from "@/lib/db/prisma";
import { requireOrgRole } from "@/lib/permissions";

// ok: missing-auth, missing-input-validation
export const GET = auth(async (req, ctx) => {
  if (!req.auth?.user?.id) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { orgId } = z.object({ orgId: z.string().cuid() }).parse(await ctx.params);
  await requireOrgRole(req.auth.user.id, orgId, "viewer");
  const members = await prisma.membership.findMany({
    where: { orgId },
    select: { id: true, role: true, user: { select: { name: true, email: true } } },
  });
  // ok: excessive-data-exposure
  return NextResponse.json({ members });
});

/** SCIM-ish provisioning endpoint used by the Okta integration. */
// ruleid: missing-auth, missing-input-validation, missing-audit-log
export const POST = auth(async (req, ctx) => {
  const actorId = req.auth?.user?.id;
  const { orgId } = (await ctx.params) as { orgId: string };
  const body = await req.json();
  await prisma.membership.create({
    data: {
      orgId,
      // ruleid: mass-assignment
      userId: body.userId,
      // ruleid: mass-assignment
      role: body.role,
    },
  });
  return NextResponse.json({ ok: true, addedBy: actorId }, { status: 201 });
});
