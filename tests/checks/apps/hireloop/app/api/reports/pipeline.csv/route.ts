import { type NextRequest } from "next/server";
import { z } from "zod";
import { auth } from "@/lib/auth";
import { db } from "@/lib/db";
import { pipelineReport, toCsv } from "@/services/reports";

const Query = z.object({
  group: z.enum(["stage", "source", "job"]).default("stage"),
  days: z.coerce.number().int().min(1).max(365).default(90),
});

// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest) {
  const session = await auth();
  if (!session?.user?.id) return new Response("Unauthorized", { status: 401 });
  const membership = await db.membership.findFirst({
    where: { userId: session.user.id, role: { in: ["owner", "admin", "recruiter"] } },
    select: { companyId: true },
  });
  if (!membership) return new Response("Forbidden", { status: 403 });

  const q = Query.parse(Object.fromEntries(req.nextUrl.searchParams));
  const rows = await pipelineReport(membership.companyId, q.group, new Date(Date.now() - q.days * 864e5));
  // ok: excessive-data-exposure
  return new Response(toCsv(rows), {
    headers: { "content-type": "text/csv", "content-disposition": `attachment; filename="pipeline-${q.group}.csv"` },
  });
}
