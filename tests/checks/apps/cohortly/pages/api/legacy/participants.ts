import type { NextApiRequest, NextApiResponse } from "next";
import { getToken } from "next-auth/jwt";
import { prisma } from "@/lib/db/prisma";

// Legacy sponsor dashboard (pages router), still used by two sponsors' BI tools.
// ok: missing-auth
// ruleid: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const token = await getToken({ req, secret: process.env.AUTH_SECRET });
  if (!token?.sub || typeof token.sponsorId !== "string") return res.status(401).json({ error: "Unauthorized" });
  const sponsorId = token.sponsorId;
  if (req.method === "GET") {
    const studyId = req.query.studyId as string;
    // ok: missing-authorization
    const enrollments = await prisma.enrollment.findMany({ where: { studyId, study: { sponsorId } }, include: { volunteer: true } });
    // ruleid: excessive-data-exposure
    return res.json(enrollments);
  }
  if (req.method === "PATCH") {
    // ruleid: missing-authorization, mass-assignment
    await prisma.enrollment.update({ where: { id: req.body.id }, data: req.body });
    return res.json({ ok: true });
  }
  res.status(405).end();
}
