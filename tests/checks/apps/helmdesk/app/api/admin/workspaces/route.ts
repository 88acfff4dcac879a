import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { requireSuperAdmin } from "@/lib/auth/iron";
import { auditLog } from "@/lib/audit";

// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest) {
  await requireSuperAdmin();
  const q = z.string().max(100).parse(req.nextUrl.searchParams.get("q") ?? "");
  const workspaces = await prisma.workspace.findMany({
    where: { OR: [{ slug: { contains: q } }, { name: { contains: q, mode: "insensitive" } }] },
    take: 50,
  });
  // ruleid: excessive-data-exposure
  return NextResponse.json(workspaces);
}

const ActionSchema = z.discriminatedUnion("action", [
  z.object({ action: z.literal("suspend"), workspaceId: z.string().cuid() }),
  z.object({ action: z.literal("unsuspend"), workspaceId: z.string().cuid() }),
]);

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function POST(req: NextRequest) {
  const admin = await requireSuperAdmin();
  const body = ActionSchema.parse(await req.json());
  await prisma.workspace.update({
    where: { id: body.workspaceId },
    data: { suspendedAt: body.action === "suspend" ? new Date() : null },
  });
  await auditLog({ actorId: admin.adminId, action: `admin.workspace_${body.action}`, target: body.workspaceId });
  return NextResponse.json({ ok: true });
}

// ruleid: missing-audit-log
export async function PATCH(req: NextRequest) {
  await requireSuperAdmin();
  const { workspaceId, plan } = z.object({ workspaceId: z.string().cuid(), plan: z.enum(["starter", "growth", "enterprise"]) }).parse(await req.json());
  await prisma.workspace.update({ where: { id: workspaceId }, data: { plan } });
  return NextResponse.json({ ok: true });
}
