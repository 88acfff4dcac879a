import { NextResponse } from "next/server";
import { z } from "zod";
import { requireKiosk, getKioskSession } from "@/lib/auth/iron";
import { prisma } from "@/lib/db/prisma";

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const kiosk = await requireKiosk();
  const { householdId } = z.object({ householdId: z.string().cuid() }).parse(await req.json());
  // ok: missing-authorization
  const h = await prisma.household.findFirst({ where: { id: householdId, pantryId: kiosk.pantryId }, select: { id: true, headName: true } });
  if (!h) return NextResponse.json({ error: "Not registered at this pantry" }, { status: 404 });
  // ok: excessive-data-exposure
  return NextResponse.json({ id: h.id, name: h.headName });
}

// why: kiosk session read but never checked — an unpaired browser lists households of "undefined" pantry or any pantryId in session
// ruleid: missing-auth
// ok: missing-input-validation
export async function GET() {
  const session = await getKioskSession();
  const rows = await prisma.household.findMany({ where: { pantryId: session.pantryId }, select: { id: true, headName: true } });
  // ok: excessive-data-exposure
  return NextResponse.json(rows);
}
