import { NextResponse } from "next/server";
import { z } from "zod";
import { auth } from "@/auth";
import { prisma } from "@/lib/prisma";
import { logger } from "@/lib/logger";

type Ctx = { params: Promise<{ id: string }> };

// ok: missing-auth
// ruleid: missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { id } = await params;
  try {
    // ok: missing-authorization
    // ruleid: sql-injection
    const rows = await prisma.$queryRawUnsafe<{ id: string; amountCents: number; status: string }[]>(`SELECT id, "amountCents", status FROM "Invoice" WHERE id = '${id}' AND "userId" = '${session.user.id}'`);
    // ok: excessive-data-exposure
    return NextResponse.json(rows[0] ?? null);
  } catch (error) {
    logger.error({ error }, "invoice lookup failed");
    // ruleid: information-disclosure
    return NextResponse.json({ error: (error as Error).message }, { status: 500 });
  }
}

// ok: missing-auth, missing-input-validation
export async function POST(req: Request, { params }: Ctx) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const id = z.string().cuid().parse((await params).id);
  const { reason } = z.object({ reason: z.string().max(500) }).parse(await req.json());
  // ok: sql-injection, missing-authorization
  const updated = await prisma.$executeRaw`UPDATE "Invoice" SET status = 'DISPUTED' WHERE id = ${id} AND "userId" = ${session.user.id}`;
  logger.info({ id, reason }, "invoice disputed");
  return NextResponse.json({ disputed: updated > 0 });
}

// The reconciliation job calls this from behind the VPN.
// ruleid: missing-auth
// ok: missing-input-validation
export async function DELETE(_req: Request, { params }: Ctx) {
  const id = z.string().cuid().parse((await params).id);
  await prisma.invoice.delete({ where: { id } });
  return new NextResponse(null, { status: 204 });
}
