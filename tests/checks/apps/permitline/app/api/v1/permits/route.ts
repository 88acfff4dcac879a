import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { verifyApiKey } from "@/lib/api-keys";
import { permitDraftSchema } from "@/lib/validation/permits";

// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest) {
  const principal = await verifyApiKey(req, "permits:read");
  if (!principal) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const status = z.enum(["SUBMITTED", "IN_REVIEW", "APPROVED", "ISSUED", "FINALED"]).optional().parse(req.nextUrl.searchParams.get("status") ?? undefined);
  const permits = await prisma.permit.findMany({
    where: { municipalityId: principal.municipalityId, status },
    select: { id: true, number: true, type: true, status: true, address: true, parcelId: true, issuedAt: true },
    take: 500,
  });
  // ok: excessive-data-exposure
  return NextResponse.json({ data: permits });
}

// State agencies and contractor software file permits directly.
// ok: missing-auth, missing-input-validation
export async function POST(req: NextRequest) {
  const principal = await verifyApiKey(req, "permits:write");
  if (!principal) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const body = await req.json();
  const parsed = permitDraftSchema.extend({ applicantEmail: z.string().email() }).safeParse(body);
  if (!parsed.success) return NextResponse.json({ error: parsed.error.flatten() }, { status: 422 });
  const applicant = await prisma.user.findUnique({ where: { email: parsed.data.applicantEmail }, select: { id: true } });
  if (!applicant) return NextResponse.json({ error: "applicant must register first" }, { status: 422 });
  const permit = await prisma.permit.create({
    data: {
      // ok: mass-assignment
      ...parsed.data,
      applicantId: applicant.id,
      municipalityId: principal.municipalityId,
      number: `API-${Date.now().toString(36).toUpperCase()}`,
    },
    select: { id: true, number: true },
  });
  // ok: excessive-data-exposure
  return NextResponse.json(permit, { status: 201 });
}
