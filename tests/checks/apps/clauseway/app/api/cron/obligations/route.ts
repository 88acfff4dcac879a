import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";

// ok: missing-auth
export async function GET(req: Request) {
  const auth = req.headers.get("authorization");
  // why: cron bearer secret compared with !== inside a template literal
  // ruleid: timing-unsafe-comparison
  if (auth !== `Bearer ${process.env.CRON_SECRET}`) {
    return new NextResponse("Unauthorized", { status: 401 });
  }
  const res = await prisma.obligation.updateMany({ where: { status: "open", dueDate: { lt: new Date() } }, data: { status: "overdue" } });
  // ok: excessive-data-exposure
  return NextResponse.json({ updated: res.count });
}
