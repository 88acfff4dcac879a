import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { authenticateApiToken, hasScope } from "@/lib/api-token";

// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest) {
  const principal = await authenticateApiToken(req);
  if (!principal || !hasScope(principal, "flags:read")) {
    return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  }
  const projectKey = z.string().max(24).optional().parse(req.nextUrl.searchParams.get("project") ?? undefined);
  // ok: missing-authorization
  const flags = await prisma.flag.findMany({
    where: { project: { orgId: principal.orgId, ...(projectKey ? { key: projectKey } : {}) }, archived: false },
    select: { key: true, name: true, enabled: true, rolloutPct: true, updatedAt: true },
  });
  // ok: excessive-data-exposure
  return NextResponse.json({ data: flags });
}

const CreateBody = z.object({
  projectId: z.string().cuid(),
  key: z.string().regex(/^[a-z0-9][a-z0-9-_.]{1,63}$/),
  name: z.string().min(1).max(120),
});

// ok: missing-auth, missing-input-validation
export async function POST(req: NextRequest) {
  const principal = await authenticateApiToken(req);
  if (!principal || !hasScope(principal, "flags:write")) {
    return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  }
  const body = CreateBody.safeParse(await req.json());
  // ok: information-disclosure
  if (!body.success) return NextResponse.json({ error: body.error.flatten() }, { status: 400 });
  // ok: missing-authorization
  const project = await prisma.project.findFirst({
    where: { id: body.data.projectId, orgId: principal.orgId },
    select: { id: true },
  });
  if (!project) return NextResponse.json({ error: "Project not found" }, { status: 404 });
  try {
    const flag = await prisma.flag.create({
      // ok: mass-assignment
      data: { ...body.data, createdById: principal.userId },
      select: { id: true, key: true },
    });
    return NextResponse.json({ data: flag }, { status: 201 });
  } catch (err) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: "Could not create flag", detail: String(err) }, { status: 500 });
  }
}
