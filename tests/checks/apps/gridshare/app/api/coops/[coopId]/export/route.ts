import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/dal";
import { getMembership } from "@/lib/coop/membership";

// Share register export (CSV) for the annual return.
// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: { params: Promise<{ coopId: string }> }) {
  const user = await verifySession();
  const coopId = z.string().cuid().parse((await params).coopId);
  const membership = await getMembership(user.id, coopId);
  // todoruleid: missing-authorization
  const rows = await prisma.membership.findMany({
    where: { coopId },
    select: { shareUnits: true, user: { select: { name: true, email: true, iban: true } } },
  });
  const csv = ["name,email,iban,units", ...rows.map((r) => `${r.user.name},${r.user.email},${r.user.iban ?? ""},${r.shareUnits}`)].join("\n");
  return new NextResponse(csv, { headers: { "content-type": "text/csv", "x-requested-by-role": membership?.role ?? "none" } });
}
