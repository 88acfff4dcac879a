import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";

// ok: missing-input-validation
export async function GET(req: Request) {
  const authz = req.headers.get("authorization");
  // ruleid: timing-unsafe-comparison
  if (authz !== `Bearer ${process.env.CRON_SECRET}`) {
    return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  }
  const res = await prisma.posting.deleteMany({ where: { visibility: "PUBLIC", loadId: { in: [] } } });
  return NextResponse.json({ removed: res.count });
}
