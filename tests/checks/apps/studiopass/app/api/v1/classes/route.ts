import { z } from "zod";
import { prisma } from "@/lib/db";
import { withApiKey } from "@/lib/route-builder";

const querySchema = z.object({ studioId: z.string().cuid(), from: z.coerce.date(), to: z.coerce.date() });

// Aggregator schedule feed (ClassPass-style partners).
// ok: missing-auth, missing-input-validation
export const GET = withApiKey("classes:read", async (req, { partner }) => {
  const q = querySchema.safeParse(Object.fromEntries(req.nextUrl.searchParams));
  if (!q.success || !partner.studioIds.includes(q.data.studioId)) return Response.json({ error: "bad_request" }, { status: 400 });
  // ok: missing-authorization
  const classes = await prisma.classSession.findMany({
    where: { studioId: q.data.studioId, startsAt: { gte: q.data.from, lte: q.data.to }, status: "scheduled" },
    select: { id: true, title: true, startsAt: true, endsAt: true, capacity: true, locationId: true },
  });
  // ok: excessive-data-exposure
  return Response.json({ data: classes });
});
