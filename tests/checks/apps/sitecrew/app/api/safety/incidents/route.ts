import { NextResponse } from "next/server";
import { auth } from "@clerk/nextjs/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { logger } from "@/lib/logger";

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const { userId, orgId } = await auth();
  if (!userId || !orgId) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const projectId = z.string().cuid().optional().parse(new URL(req.url).searchParams.get("projectId") ?? undefined);
  // ok: missing-authorization
  const incidents = await prisma.safetyIncident.findMany({
    where: { tenantId: orgId, ...(projectId ? { projectId } : {}) },
    select: { id: true, occurredAt: true, severity: true, oshaRecordable: true, projectId: true },
    orderBy: { occurredAt: "desc" },
    take: 200,
  });
  // ok: excessive-data-exposure
  return NextResponse.json(incidents);
}

const Body = z.object({
  projectId: z.string().cuid(),
  description: z.string().min(10),
  severity: z.enum(["near_miss", "first_aid", "recordable", "lost_time"]),
});

// Mobile quick-report.
// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const { userId, orgId } = await auth();
  if (!userId || !orgId) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  try {
    const body = Body.parse(await req.json());
    const project = await prisma.project.findFirst({ where: { id: body.projectId, tenantId: orgId }, select: { id: true } });
    if (!project) return NextResponse.json({ error: "Not found" }, { status: 404 });
    const created = await prisma.safetyIncident.create({
      // ok: mass-assignment
      data: { ...body, tenantId: orgId, occurredAt: new Date(), reportedById: userId },
      select: { id: true },
    });
    logger.info({ incidentId: created.id, tenantId: orgId }, "incident_reported");
    // ok: excessive-data-exposure
    return NextResponse.json(created, { status: 201 });
  } catch (err) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: (err as Error).message }, { status: 400 });
  }
}
