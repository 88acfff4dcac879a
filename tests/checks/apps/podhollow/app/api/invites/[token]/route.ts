import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { hashToken } from "@/lib/secure-compare";

// Public: the invite landing page shows which network invited you.
// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  if (!/^[a-f0-9]{64}$/.test(token)) return NextResponse.json({ error: "Invalid invite" }, { status: 404 });
  // ok: timing-unsafe-comparison
  const invite = await prisma.invite.findUnique({ where: { tokenHash: hashToken(token) }, select: { networkId: true, role: true, expiresAt: true } });
  if (!invite || invite.expiresAt < new Date()) return NextResponse.json({ error: "Invalid invite" }, { status: 404 });
  const network = await prisma.network.findUnique({ where: { id: invite.networkId }, select: { name: true } });
  // ok: excessive-data-exposure
  return NextResponse.json({ network: network?.name, role: invite.role });
}
