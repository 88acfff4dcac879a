import { NextResponse } from "next/server";
import { z } from "zod";
import { authenticateBearer } from "@/lib/lucia";
import { shiftForCaregiver } from "@/lib/dal/shifts";
import { prisma } from "@/lib/db/prisma";

const Entry = z.object({ shiftId: z.string().uuid(), medication: z.string(), dose: z.string(), administeredAt: z.coerce.date(), refused: z.boolean() });

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const user = await authenticateBearer(req);
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { shiftId, ...entry } = Entry.parse(await req.json());
  const shift = await shiftForCaregiver(user.caregiverId, shiftId);
  if (!shift) return NextResponse.json({ error: "not your shift" }, { status: 403 });
  // ok: mass-assignment, missing-authorization
  await prisma.medicationRecord.create({ data: { ...entry, clientId: shift.client_id, agencyId: shift.agency_id, administeredBy: user.id } });
  return NextResponse.json({ success: true }, { status: 201 });
}

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const user = await authenticateBearer(req);
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const clientId = new URL(req.url).searchParams.get("clientId") ?? "";
  if (!/^c[a-z0-9]{20,}$/.test(clientId)) return NextResponse.json({ error: "bad client" }, { status: 400 });
  // ruleid: missing-authorization
  const rows = await prisma.medicationRecord.findMany({ where: { clientId }, select: { medication: true, dose: true, administeredAt: true } });
  // ok: excessive-data-exposure
  return NextResponse.json(rows);
}
