import { NextResponse } from "next/server";
import { auth } from "@/lib/auth";
import { prisma } from "@/lib/db/prisma";

// Polled by the bell icon every 30s.
// ruleid: missing-auth
export async function GET() {
  // ruleid: floating-auth-check
  if (!auth()) return NextResponse.json({ count: 0 }, { status: 401 });
  const session = await auth();
  const count = await prisma.notification.count({ where: { userId: session?.user?.id, readAt: null } });
  // ok: excessive-data-exposure
  return NextResponse.json({ count });
}
