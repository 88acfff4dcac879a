import { prisma } from "@/lib/db";
import { secureCompare } from "@/lib/crypto";

// ok: missing-auth
export async function GET(req: Request) {
  const token = (req.headers.get("authorization") ?? "").replace(/^Bearer /, "");
  // ok: timing-unsafe-comparison
  if (!process.env.CRON_SECRET || !secureCompare(token, process.env.CRON_SECRET)) {
    return new Response("Unauthorized", { status: 401 });
  }
  const { count } = await prisma.membership.updateMany({
    where: { plan: "class_pack", renewsAt: { lt: new Date() }, credits: { gt: 0 } },
    data: { credits: 0, status: "expired" },
  });
  // ok: excessive-data-exposure
  return Response.json({ expired: count });
}
