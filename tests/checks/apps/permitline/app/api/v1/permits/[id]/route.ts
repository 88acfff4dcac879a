import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { verifyApiKey, verifyLegacyKey } from "@/lib/api-keys";

// v0 integration (state DOT) still calls this with the legacy key header.
// ok: missing-auth, missing-input-validation
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const principal = await verifyLegacyKey(req);
  if (!principal) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { id } = await params;
  const permitId = z.string().cuid().parse(id);
  // ruleid: missing-authorization
  const permit = await prisma.permit.findUnique({ where: { id: permitId } });
  if (!permit) return NextResponse.json({ error: "not found" }, { status: 404 });
  // ruleid: excessive-data-exposure
  return NextResponse.json(permit);
}

const patchSchema = z.object({ status: z.enum(["IN_REVIEW", "APPROVED"]).optional(), description: z.string().max(4000).optional() });

// ok: missing-auth, missing-input-validation
export async function PATCH(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const principal = await verifyApiKey(req, "permits:write");
  if (!principal) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { id } = await params;
  const permitId = z.string().cuid().parse(id);
  const input = patchSchema.parse(await req.json());
  try {
    // ok: missing-authorization
    const updated = await prisma.permit.update({
      where: { id: permitId, municipalityId: principal.municipalityId },
      // ok: mass-assignment
      data: input,
      select: { id: true, status: true },
    });
    // ok: excessive-data-exposure
    return NextResponse.json(updated);
  } catch (err) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: "update failed", detail: (err as Error).stack }, { status: 500 });
  }
}
