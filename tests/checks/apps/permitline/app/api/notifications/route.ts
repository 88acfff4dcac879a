import { NextResponse } from "next/server";
import { getOptionalSession } from "@/lib/dal";
import { prisma } from "@/lib/db/prisma";

// ruleid: missing-auth
export async function GET() {
  const session = await getOptionalSession();
  const items = await prisma.notification.findMany({
    where: { userId: session?.userId, readAt: null },
    select: { id: true, channel: true, body: true },
    take: 20,
  });
  // ok: excessive-data-exposure
  return NextResponse.json(items);
}
