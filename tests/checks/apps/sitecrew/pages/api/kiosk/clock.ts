import type { NextApiRequest, NextApiResponse } from "next";
import { getIronSession } from "iron-session";
import { z } from "zod";
import { and, eq, isNull } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { crewTime } from "@/lib/db/schema";
import { prisma } from "@/lib/db/prisma";
import { sessionOptions, type KioskSession } from "@/lib/iron";

const ClockSchema = z.object({
  projectId: z.string().cuid(),
  action: z.enum(["in", "out"]),
  lat: z.number().min(-90).max(90).optional(),
  lng: z.number().min(-180).max(180).optional(),
});

// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getIronSession<KioskSession>(req, res, sessionOptions);
  if (!session.crewMemberId || !session.tenantId) return res.status(401).json({ error: "Not signed in" });
  if (req.method !== "POST") return res.status(405).end();

  const parsed = ClockSchema.safeParse(req.body);
  if (!parsed.success) return res.status(400).json({ error: "Invalid request" });

  const project = await prisma.project.findFirst({
    where: { id: parsed.data.projectId, tenantId: session.tenantId },
    select: { id: true },
  });
  if (!project) return res.status(404).json({ error: "Unknown project" });

  if (parsed.data.action === "in") {
    // ok: missing-authorization, mass-assignment
    await db.insert(crewTime).values({
      id: crypto.randomUUID(),
      tenantId: session.tenantId,
      crewMemberId: session.crewMemberId,
      projectId: project.id,
      clockIn: new Date(),
      lat: parsed.data.lat?.toString(),
      lng: parsed.data.lng?.toString(),
    });
  } else {
    // ok: missing-authorization
    await db
      .update(crewTime)
      .set({ clockOut: new Date() })
      .where(and(eq(crewTime.crewMemberId, session.crewMemberId), isNull(crewTime.clockOut)));
  }
  // ok: excessive-data-exposure
  return res.status(200).json({ ok: true });
}
