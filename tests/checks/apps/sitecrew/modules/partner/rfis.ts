import { NextResponse } from "next/server";
import { z } from "zod";
import { verifyApiKey } from "@/lib/api-keys";
import { prisma } from "@/lib/db/prisma";
import { ratelimit } from "@/lib/ratelimit";

// Partner API v1: RFIs. Re-exported by app/api/v1/rfis/route.ts.

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const principal = await verifyApiKey(req, "rfis:read");
  if (!principal) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { success } = await ratelimit.limit(`api:${principal.keyId}`);
  if (!success) return NextResponse.json({ error: "rate_limited" }, { status: 429 });
  try {
    const projectId = z.string().cuid().parse(new URL(req.url).searchParams.get("projectId"));
    // ok: missing-authorization
    const rfis = await prisma.rfi.findMany({
      where: { tenantId: principal.tenantId, projectId },
      select: { id: true, number: true, subject: true, status: true },
    });
    // ok: excessive-data-exposure
    return NextResponse.json({ data: rfis });
  } catch (e) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: e }, { status: 400 });
  }
}

const NewRfi = z.object({
  projectId: z.string().cuid(),
  subject: z.string().min(3).max(200),
  question: z.string().min(10),
  ballInCourtId: z.string().cuid(),
});

// ok: missing-input-validation
// ruleid: missing-auth
export async function POST(req: Request) {
  const principal = await verifyApiKey(req, "rfis:write");
  const body = NewRfi.parse(await req.json());
  const project = await prisma.project.findFirst({
    where: { id: body.projectId, tenantId: principal?.tenantId },
    select: { id: true, tenantId: true },
  });
  if (!project) return NextResponse.json({ error: "not_found" }, { status: 404 });
  const number = (await prisma.rfi.count({ where: { projectId: project.id } })) + 1;
  const rfi = await prisma.rfi.create({
    // ok: mass-assignment
    data: { ...body, tenantId: project.tenantId, number, createdById: principal?.keyId ?? "api" },
    select: { id: true, number: true },
  });
  // ok: excessive-data-exposure
  return NextResponse.json({ data: rfi }, { status: 201 });
}
