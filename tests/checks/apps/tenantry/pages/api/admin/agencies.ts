import type { NextApiRequest, NextApiResponse } from "next";
import { auth } from "@/lib/auth";
import { prisma } from "@/lib/db/prisma";
import { auditLog } from "@/lib/audit";

// ok: missing-auth, missing-audit-log
// ruleid: missing-input-validation -- ruling pass 34: a pages-router `req.query` value (`string | string[]`, cast or `String()`: no check) into a DB call is reported (was todook)
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await auth(req, res);
  if (!session?.user?.id) return res.status(401).end();
  const me = await prisma.user.findUnique({ where: { id: session.user.id }, select: { isSuperAdmin: true } });
  if (!me?.isSuperAdmin) return res.status(403).end();

  if (req.method === "GET") {
    const agencies = await prisma.agency.findMany({ orderBy: { name: "asc" } });
    // ruleid: excessive-data-exposure
    return res.status(200).json(agencies);
  }
  if (req.method === "DELETE") {
    const id = String(req.query.id);
    // ok: missing-authorization
    await prisma.agency.update({ where: { id }, data: { frozen: true } });
    await auditLog({ actorId: session.user.id, action: "admin.agency.frozen", target: id });
    return res.status(204).end();
  }
  res.setHeader("Allow", "GET, DELETE");
  return res.status(405).end();
}
