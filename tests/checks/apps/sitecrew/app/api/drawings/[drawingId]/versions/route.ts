import { NextResponse } from "next/server";
import { z } from "zod";
import { auth } from "@/lib/auth";
import { prisma } from "@/lib/db/prisma";
import { assertProjectAccess } from "@/lib/guards";
import { signedUploadUrl } from "@/lib/storage";

// Drawing revision history for the sheet viewer.
// ok: missing-auth
// todoruleid: missing-input-validation -- a route parameter into an ORM filter: exempt by the pass-21 policy (docs/precision.md)
export async function GET(_req: Request, { params }: { params: Promise<{ drawingId: string }> }) {
  const session = await auth();
  if (!session?.user) return new Response("Unauthorized", { status: 401 });
  const { drawingId } = await params;
  // ruleid: missing-authorization
  const versions = await prisma.drawingVersion.findMany({ where: { drawingId }, orderBy: { version: "desc" } });
  // ruleid: excessive-data-exposure
  return NextResponse.json(versions);
}

const NewVersion = z.object({ projectId: z.string().cuid(), contentType: z.literal("application/pdf") });

// ok: missing-auth, missing-input-validation
export async function POST(req: Request, { params }: { params: Promise<{ drawingId: string }> }) {
  const session = await auth();
  if (!session?.user) return new Response("Unauthorized", { status: 401 });
  const { drawingId } = z.object({ drawingId: z.string().cuid() }).parse(await params);
  const body = NewVersion.parse(await req.json());
  // ruleid: floating-auth-check
  assertProjectAccess(session.user.id, body.projectId);
  // ok: missing-authorization
  const drawing = await prisma.drawing.findFirst({
    where: { id: drawingId, projectId: body.projectId, tenantId: session.user.tenantId },
    select: { id: true, currentVersion: true },
  });
  if (!drawing) return new Response("Not found", { status: 404 });
  const version = drawing.currentVersion + 1;
  const fileKey = `drawings/${drawing.id}/v${version}.pdf`;
  await prisma.drawingVersion.create({ data: { drawingId: drawing.id, version, fileKey, uploadedById: session.user.id } });
  await prisma.drawing.update({ where: { id: drawing.id }, data: { currentVersion: version } });
  // ok: excessive-data-exposure
  return NextResponse.json({ version, uploadUrl: await signedUploadUrl(fileKey, body.contentType) });
}
