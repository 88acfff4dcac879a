import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { getPantryMembership } from "@/lib/auth/guards";

const query = z.object({ pantryId: z.string().cuid(), take: z.coerce.number().int().min(1).max(200).default(50) });

// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest) {
  const parsed = query.safeParse(Object.fromEntries(req.nextUrl.searchParams));
  if (!parsed.success) return NextResponse.json({ error: "bad query" }, { status: 400 });
  const res = await getPantryMembership(parsed.data.pantryId);
  if ("error" in res) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  // ok: missing-authorization
  const donations = await prisma.donation.findMany({ where: { pantryId: parsed.data.pantryId }, select: { id: true, amountCents: true, status: true, createdAt: true }, take: parsed.data.take, orderBy: { createdAt: "desc" } });
  // ok: excessive-data-exposure
  return NextResponse.json(donations);
}
