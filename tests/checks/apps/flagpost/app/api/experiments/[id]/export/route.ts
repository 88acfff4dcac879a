import { headers } from "next/headers";
import { z } from "zod";
import { auth } from "@/lib/better-auth";
import { prisma } from "@/lib/db/prisma";
import { connectMongo } from "@/lib/db/mongo";
import { ExperimentResult } from "@/models/ExperimentResult";
import { requireOrgRole } from "@/lib/permissions";

type Ctx = { params: Promise<{ id: string }> };

function toCsv(rows: { variant?: string; exposures?: number; conversions?: number }[]) {
  const lines = rows.map((r) => [r.variant ?? "", r.exposures ?? 0, r.conversions ?? 0].join(","));
  return ["variant,exposures,conversions", ...lines].join("\n");
}

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return new Response("Unauthorized", { status: 401 });
  const id = z.string().cuid().parse((await params).id);

  // ok: missing-authorization
  const experiment = await prisma.experiment.findUnique({ where: { id }, select: { orgId: true, name: true } });
  if (!experiment) return new Response("Not found", { status: 404 });
  await requireOrgRole(session.user.id, experiment.orgId, "viewer");

  await connectMongo();
  const rows = await ExperimentResult.find({ experimentId: id }).select("variant exposures conversions").lean();
  // ok: excessive-data-exposure
  return new Response(toCsv(rows as never), {
    headers: {
      "content-type": "text/csv",
      "content-disposition": `attachment; filename="${experiment.name.replace(/[^a-z0-9-]/gi, "_")}.csv"`,
    },
  });
}
