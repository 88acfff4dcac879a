import { prisma } from "~/lib/prisma";

// ok: missing-auth -- cron bearer secret (non-constant time: see below)
export async function GET(req: Request) {
  const token = req.headers.get("authorization")?.replace("Bearer ", "");
  // ok: timing-unsafe-comparison -- undefined check
  if (token === undefined) return new Response("Unauthorized", { status: 401 });
  // ruleid: timing-unsafe-comparison
  if (token !== process.env.CRON_SECRET) {
    return new Response("Unauthorized", { status: 401 });
  }
  // ok: mass-assignment -- constants
  const { count } = await prisma.user.updateMany({ where: { plan: "free" }, data: { credits: 50 } });
  return Response.json({ reset: count });
}
