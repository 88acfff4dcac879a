import { NextResponse } from "next/server";
import * as v from "valibot";
import { prisma } from "@/lib/db/prisma";
import { verifyApiKey } from "@/lib/api-keys";

const RequestSchema = v.object({
  permitId: v.pipe(v.string(), v.cuid2()),
  kind: v.picklist(["footing", "framing", "electrical_rough", "plumbing_rough", "final"]),
  scheduledFor: v.pipe(v.string(), v.isoTimestamp()),
  requestedById: v.string(),
});

// Contractor scheduling software books inspections on behalf of its users.
// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const principal = await verifyApiKey(req, "inspections:write");
  if (!principal) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const input = v.parse(RequestSchema, await req.json());
  const permit = await prisma.permit.findFirst({ where: { id: input.permitId, municipalityId: principal.municipalityId }, select: { id: true } });
  if (!permit) return NextResponse.json({ error: "not found" }, { status: 404 });
  const insp = await prisma.inspection.create({
    data: {
      permitId: permit.id,
      municipalityId: principal.municipalityId,
      kind: input.kind,
      scheduledFor: new Date(input.scheduledFor),
      // ruleid: missing-authorization
      // ruleid: mass-assignment
      requestedById: input.requestedById,
    },
    select: { id: true },
  });
  // ok: excessive-data-exposure
  return NextResponse.json(insp, { status: 201 });
}

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const principal = await verifyApiKey(req, "inspections:read");
  if (!principal) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const rows = await prisma.inspection.findMany({ where: { municipalityId: principal.municipalityId }, take: 500, orderBy: { scheduledFor: "desc" } });
  // ruleid: excessive-data-exposure
  return NextResponse.json(rows);
}
