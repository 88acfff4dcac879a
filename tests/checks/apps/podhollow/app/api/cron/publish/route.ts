import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { secureCompare } from "@/lib/secure-compare";

// Vercel cron: publishes scheduled episodes whose time has come.
// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const header = req.headers.get("authorization") ?? "";
  // ok: timing-unsafe-comparison
  if (!secureCompare(header, `Bearer ${process.env.CRON_SECRET}`)) return new NextResponse("Unauthorized", { status: 401 });
  const now = new Date();
  const res = await prisma.$transaction(async (tx) => {
    const due = await tx.episode.findMany({ where: { status: "scheduled", publishAt: { lte: now } }, select: { id: true } });
    await tx.episode.updateMany({ where: { id: { in: due.map((d) => d.id) } }, data: { status: "published", publishedAt: now } });
    return due.length;
  });
  // ok: excessive-data-exposure
  return NextResponse.json({ published: res });
}
