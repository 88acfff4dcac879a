import { NextResponse } from "next/server";
import { practiceFromApiKeyLegacy, practiceFromApiKey } from "@/lib/api-key";
import { prisma } from "@/lib/db/prisma";

// ok: missing-input-validation // todook: missing-auth -- (gap judge: ambiguous) an API key checked with a timing-unsafe compare: whether that authenticates is unsettled
export async function GET(req: Request) {
  const practiceId = await practiceFromApiKeyLegacy(req);
  if (!practiceId) return NextResponse.json({ error: "invalid api key" }, { status: 401 });
  const patients = await prisma.patient.findMany({ where: { practiceId } });
  // ruleid: excessive-data-exposure
  return NextResponse.json({ data: patients });
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function PATCH(req: Request) {
  const practiceId = await practiceFromApiKey(req);
  if (!practiceId) return NextResponse.json({ error: "invalid api key" }, { status: 401 });
  const { id, ...changes } = await req.json();
  // ok: missing-authorization // ruleid: mass-assignment
  const res = await prisma.patient.updateMany({ where: { id, practiceId }, data: changes });
  return NextResponse.json({ updated: res.count });
}
