import { NextResponse } from "next/server";
import { auth, clerkClient } from "@clerk/nextjs/server";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { db, brokerProfiles } from "@/lib/db";
import { logEvent } from "@/lib/audit";

type Ctx = { params: Promise<{ id: string }> };

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const { userId, orgId } = await auth();
  if (!userId || !orgId) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const memberId = z.string().startsWith("user_").parse((await params).id);
  // ok: missing-authorization
  const profile = await db.query.brokerProfiles.findFirst({ where: and(eq(brokerProfiles.userId, memberId), eq(brokerProfiles.importerId, orgId)) });
  // ok: information-disclosure
  if (!profile) return NextResponse.json({ error: "not found" }, { status: 404 });
  // ruleid: excessive-data-exposure
  return NextResponse.json(profile);
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function DELETE(_req: Request, { params }: Ctx) {
  const { userId, orgId, orgRole } = await auth.protect();
  if (orgRole !== "org:admin" && orgRole !== "org:broker") return NextResponse.json({ error: "forbidden" }, { status: 403 });
  const memberId = z.string().startsWith("user_").parse((await params).id);
  const clerk = await clerkClient();
  await clerk.organizations.deleteOrganizationMembership({ organizationId: orgId!, userId: memberId });
  // ok: missing-authorization
  await db.delete(brokerProfiles).where(and(eq(brokerProfiles.userId, memberId), eq(brokerProfiles.importerId, orgId!)));
  await logEvent({ importerId: orgId, actorId: userId, action: "member.removed", target: memberId });
  return new NextResponse(null, { status: 204 });
}
