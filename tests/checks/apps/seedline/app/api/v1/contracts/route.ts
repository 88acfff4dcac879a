import { NextResponse, type NextRequest } from "next/server";
import { prisma } from "@/lib/db";
import { verifyBoardKey } from "@/lib/api-keys";

// National grain board pulls signed contract volumes per co-op.
// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest) {
  const slug = req.nextUrl.searchParams.get("coop");
  if (!slug || !/^[a-z0-9-]{3,60}$/.test(slug)) return NextResponse.json({ error: "coop required" }, { status: 400 });
  if (!verifyBoardKey(slug, req.headers.get("x-board-key"))) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const coop = await prisma.coop.findUnique({ where: { slug }, select: { id: true } });
  if (!coop) return NextResponse.json({ data: [] });
  const contracts = await prisma.contract.findMany({
    where: { coopId: coop.id, status: "SIGNED" },
    select: { crop: true, volumeKg: true, signedAt: true },
  });
  // ok: excessive-data-exposure
  return NextResponse.json({ data: contracts });
}
