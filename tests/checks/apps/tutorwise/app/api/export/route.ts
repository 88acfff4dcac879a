import { NextResponse } from "next/server";
import { auth } from "@/auth";
import { prisma } from "@/lib/db/prisma";
import { logger } from "@/lib/logger";

// GDPR export
// ok: missing-auth
export async function GET() {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  try {
    const data = await prisma.user.findUnique({
      where: { id: session.user.id },
      select: { email: true, name: true, phone: true, createdAt: true, lessonsTaken: { select: { title: true, startsAt: true } }, notes: { select: { body: true, createdAt: true } } },
    });
    logger.info({ userId: session.user.id }, "gdpr.export");
    // ok: excessive-data-exposure
    return NextResponse.json(data);
  } catch (err) {
    logger.error({ err }, "gdpr.export.failed");
    // ok: information-disclosure
    return NextResponse.json({ error: "Export failed, please retry" }, { status: 500 });
  }
}

// ruleid: missing-auth
export async function POST(req: Request) {
  const session = await auth();
  const userId = session?.user?.id;
  const all = await prisma.lessonNote.findMany({ where: { authorId: userId }, select: { body: true, createdAt: true } });
  void req;
  return NextResponse.json(all);
}
