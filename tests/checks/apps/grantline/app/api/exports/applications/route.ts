import { z } from "zod";
import { auth } from "@/auth";
import { prisma } from "@/lib/db/prisma";
import { requireFoundationRole } from "@/lib/guards";
import { logger } from "@/lib/logger";

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const session = await auth();
  if (!session?.user) return new Response("Unauthorized", { status: 401 });
  const url = new URL(req.url);
  const { foundationId } = await requireFoundationRole(url.searchParams.get("foundationId"), ["OWNER", "ADMIN", "PROGRAM_OFFICER"]);
  const cycleId = z.string().cuid().optional().parse(url.searchParams.get("cycleId") ?? undefined);
  // ok: missing-authorization
  const apps = await prisma.application.findMany({ where: { foundationId, cycleId }, select: { id: true, title: true, status: true, requestedCents: true, score: true } });
  const csv = ["id,title,status,requested,score", ...apps.map((a) => [a.id, JSON.stringify(a.title), a.status, a.requestedCents, a.score ?? ""].join(","))].join("\n");
  logger.info({ foundationId, rows: apps.length, actor: session.user.id }, "export.applications");
  // ok: excessive-data-exposure
  return new Response(csv, { headers: { "content-type": "text/csv", "content-disposition": "attachment; filename=applications.csv" } });
}
