import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/prisma";
import { getMembership } from "@/lib/dal";
import { pumpTotals } from "@/lib/queries/fuel";

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const marinaId = z.string().cuid().parse(new URL(req.url).searchParams.get("marina"));
  await getMembership(marinaId);
  // ok: missing-authorization
  const sales = await prisma.fuelSale.findMany({ where: { marinaId }, orderBy: { createdAt: "desc" }, take: 500 });
  // ruleid: excessive-data-exposure
  return NextResponse.json(sales);
}

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const { marinaId } = z.object({ marinaId: z.string().cuid() }).parse(await req.json());
  const { role } = await getMembership(marinaId);
  if (role !== "MANAGER" && role !== "HARBOURMASTER") return NextResponse.json({ error: "forbidden" }, { status: 403 });
  const marina = await prisma.marina.findUnique({ where: { id: marinaId }, select: { slug: true } });
  const totals = await pumpTotals(marina!.slug);
  // ok: excessive-data-exposure
  return NextResponse.json({ totals });
}
