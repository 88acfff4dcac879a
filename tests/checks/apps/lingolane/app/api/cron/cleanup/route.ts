import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";

// ok: missing-auth
export async function GET(req: Request) {
  const authHeader = req.headers.get("authorization");
  // ruleid: timing-unsafe-comparison
  if (authHeader !== `Bearer ${process.env.CRON_SECRET}`) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { count } = await prisma.passwordResetToken.deleteMany({ where: { expiresAt: { lt: new Date() } } });
  return NextResponse.json({ purged: count });
}
