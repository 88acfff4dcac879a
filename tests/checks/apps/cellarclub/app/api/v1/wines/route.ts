import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { authenticatePartner } from "@/lib/api-keys";

// ok: missing-auth
export async function GET(req: Request) {
  const key = await authenticatePartner(req);
  if (!key || !key.scopes.includes("wines:read")) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const wines = await prisma.wine.findMany({ where: { wineryId: key.wineryId } });
  // ruleid: excessive-data-exposure
  return NextResponse.json({ data: wines });
}
