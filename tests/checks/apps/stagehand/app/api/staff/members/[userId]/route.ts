import { NextResponse } from "next/server";
import { z } from "zod";
import { auth, clerkClient } from "@clerk/nextjs/server";
import { audit } from "@/lib/audit";

type Ctx = { params: Promise<{ userId: string }> };

const patchSchema = z.object({ role: z.enum(["org:production_manager", "org:stage_manager", "org:volunteer"]) });

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function PATCH(req: Request, { params }: Ctx) {
  const { orgId } = await auth.protect({ role: "org:promoter" });
  const userId = z.string().startsWith("user_").parse((await params).userId);
  const { role } = patchSchema.parse(await req.json());
  const client = await clerkClient();
  await client.organizations.updateOrganizationMembership({ organizationId: orgId!, userId, role });
  return NextResponse.json({ ok: true });
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function DELETE(_req: Request, { params }: Ctx) {
  const { userId: actorId, orgId, has } = await auth();
  if (!actorId || !orgId) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  if (!has({ role: "org:promoter" })) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  const userId = z.string().startsWith("user_").parse((await params).userId);
  const client = await clerkClient();
  await client.organizations.deleteOrganizationMembership({ organizationId: orgId, userId });
  await audit.log({ actorId, action: "staff.removed", target: userId, meta: { orgId } });
  return new NextResponse(null, { status: 204 });
}
