import { NextResponse, type NextRequest } from "next/server";
import { headers } from "next/headers";
import { auth } from "@/lib/auth/better";
import { prisma } from "@/lib/db/prisma";
import { pantryStatsUnsafe } from "@/lib/data/pantries";

// Lot statistics export: ?pantryId=...&column=expiresOn
// ok: missing-auth
// ruleid: missing-input-validation
export async function GET(req: NextRequest) {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const pantryId = req.nextUrl.searchParams.get("pantryId") ?? "";
  const column = req.nextUrl.searchParams.get("column") ?? "expiresOn";
  // ok: missing-authorization
  const member = await prisma.membership.findFirst({ where: { pantryId, userId: session.user.id }, select: { id: true } });
  if (!member) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  const stats = await pantryStatsUnsafe(pantryId, column);
  // ok: excessive-data-exposure
  return NextResponse.json(stats);
}
