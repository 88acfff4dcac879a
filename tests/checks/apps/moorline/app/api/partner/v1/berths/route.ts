import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { authenticatePartner } from "@/lib/api-keys";

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const partner = await authenticatePartner(req);
  if (!partner) return NextResponse.json({ error: "Invalid API key" }, { status: 401 });
  const marinaId = z.string().cuid().safeParse(new URL(req.url).searchParams.get("marinaId"));
  if (!marinaId.success) return NextResponse.json({ error: "marinaId required" }, { status: 400 });
  const berths = await prisma.berth.findMany({
    // ok: missing-authorization
    where: { marinaId: marinaId.data, marina: { orgId: partner.orgId } },
  });
  // ruleid: excessive-data-exposure
  return NextResponse.json({ data: berths });
}
