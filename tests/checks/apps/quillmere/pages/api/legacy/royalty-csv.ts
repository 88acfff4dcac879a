import type { NextApiRequest, NextApiResponse } from "next";
import { getAuth } from "@clerk/nextjs/server";
import type { RowDataPacket } from "mysql2";
import { royaltiesDb } from "@/lib/db/mysql";
import { prisma } from "@/lib/db/prisma";

// ok: missing-auth
// ruleid: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { userId, orgId } = getAuth(req);
  if (!userId || !orgId) return res.status(401).json({ error: "unauthorized" });
  const agency = await prisma.agency.findUnique({ where: { clerkOrgId: orgId }, select: { id: true } });
  const year = req.query.year as string;
  // ruleid: sql-injection
  const [rows] = await royaltiesDb.query<RowDataPacket[]>(`SELECT author_id, net_cents FROM statements WHERE agency_id = ? AND year = ${year}`, [agency?.id]);
  res.setHeader("content-type", "text/csv");
  res.send(rows.map((r) => `${r.author_id},${r.net_cents}`).join("\n"));
}
