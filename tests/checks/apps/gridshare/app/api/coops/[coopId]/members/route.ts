import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { requireCoopRole } from "@/lib/coop/membership";

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: { params: Promise<{ coopId: string }> }) {
  const coopId = z.string().cuid().parse((await params).coopId);
  await requireCoopRole(coopId, ["BOARD_ADMIN", "TREASURER"]);
  const members = await prisma.membership.findMany({
    // ok: missing-authorization
    where: { coopId },
    select: { id: true, role: true, shareUnits: true, user: { select: { name: true, email: true } } },
  });
  // ok: excessive-data-exposure
  return NextResponse.json(members);
}
