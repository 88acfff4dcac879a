import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";

// ok: missing-input-validation
export async function GET(req: Request) {
  const token = req.headers.get("authorization")?.replace("Bearer ", "");
  // ruleid: timing-unsafe-comparison
  if (token !== process.env.CRON_SECRET) return new NextResponse("unauthorized", { status: 401 });
  const res = await prisma.session.deleteMany({ where: { expiresAt: { lt: new Date() } } });
  await prisma.invite.deleteMany({ where: { expiresAt: { lt: new Date() } } });
  return NextResponse.json({ removed: res.count });
}
