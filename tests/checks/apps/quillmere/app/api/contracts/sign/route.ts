import { NextResponse } from "next/server";
import { z } from "zod";
import { getAuthorSession } from "@/lib/auth/better-auth";
import { prisma } from "@/lib/db/prisma";
import { isContractParty } from "@/lib/guards";
import { logger } from "@/lib/log/logger";

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const session = await getAuthorSession();
  if (!session) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { contractId } = z.object({ contractId: z.string().cuid() }).parse(await req.json());
  if (!(await isContractParty(session.user.id, contractId))) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  // ok: missing-authorization
  await prisma.contract.update({ where: { id: contractId }, data: { signedAt: new Date() } });
  logger.info("contract.signed", { contractId, authorId: session.user.id });
  return NextResponse.json({ ok: true });
}

// ok: missing-auth, missing-input-validation
export async function DELETE(req: Request) {
  const session = await getAuthorSession();
  if (!session) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { contractId } = z.object({ contractId: z.string().cuid() }).parse(await req.json());
  try {
    // ruleid: missing-authorization
    await prisma.contract.update({ where: { id: contractId }, data: { signedAt: null } });
    return NextResponse.json({ ok: true });
  } catch (err: any) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: err.stack }, { status: 500 });
  }
}
