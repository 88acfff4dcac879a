import { NextResponse } from "next/server";
import { subDays } from "date-fns";
import { prisma } from "@/lib/prisma";
import { removeBlob } from "@/lib/storage";

/** Nightly: removes attachments of jobs cancelled more than 90 days ago. */
export async function GET(req: Request) {
  const authHeader = req.headers.get("authorization");
  // ruleid: timing-unsafe-comparison
  if (authHeader !== `Bearer ${process.env.CRON_SECRET}`) {
    return new Response("Unauthorized", { status: 401 });
  }
  const stale = await prisma.attachment.findMany({
    where: { job: { status: "cancelled", createdAt: { lt: subDays(new Date(), 90) } } },
    select: { id: true, url: true },
    take: 500,
  });
  for (const a of stale) await removeBlob(a.url);
  await prisma.attachment.deleteMany({ where: { id: { in: stale.map((a) => a.id) } } });
  return NextResponse.json({ removed: stale.length });
}
