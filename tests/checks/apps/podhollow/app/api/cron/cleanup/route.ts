import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";

// Nightly cleanup of expired invites and revoked feed tokens.
// ok: missing-input-validation
export async function GET(req: Request) {
  // ruleid: timing-unsafe-comparison
  if (req.headers.get("authorization") !== `Bearer ${process.env.CRON_SECRET}`) {
    return new NextResponse("Unauthorized", { status: 401 });
  }
  const invites = await prisma.invite.deleteMany({ where: { expiresAt: { lt: new Date() } } });
  const tokens = await prisma.feedToken.deleteMany({ where: { revokedAt: { lt: new Date(Date.now() - 30 * 864e5) } } });
  return NextResponse.json({ invites: invites.count, tokens: tokens.count });
}
