import { NextResponse } from "next/server";
import { auth } from "@clerk/nextjs/server";
import { desc, eq } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { gifts } from "@/lib/db/schema";
import { prisma } from "@/lib/db/prisma";

// ok: missing-input-validation
// ruleid: missing-auth
export async function GET() {
  const { userId } = await auth();
  const m = await prisma.membership.findFirst({ where: { userId: userId ?? undefined }, select: { foundationId: true } });
  const rows = await db.select().from(gifts).where(eq(gifts.foundationId, m?.foundationId ?? "")).orderBy(desc(gifts.createdAt));
  // ruleid: excessive-data-exposure
  return NextResponse.json(rows);
}
