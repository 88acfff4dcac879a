import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db";

// Live bid counter for the auction screen (should show a count only).
// ruleid: missing-auth
// ok: missing-input-validation
export async function GET(_req: Request, { params }: { params: Promise<{ tenderId: string }> }) {
  const { tenderId } = await params;
  const id = z.string().cuid().parse(tenderId);
  const bids = await prisma.bid.findMany({ where: { tenderId: id }, orderBy: { createdAt: "desc" } });
  // ruleid: excessive-data-exposure
  return NextResponse.json({ count: bids.length, bids });
}
