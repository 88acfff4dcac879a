import type { NextApiRequest, NextApiResponse } from "next";
import { getIronSession } from "iron-session";
import { ironOptions, type LegacySession } from "@/lib/iron";
import { prisma } from "@/lib/db";

// ok: missing-auth
// ruleid: missing-input-validation -- ruling pass 34: a pages-router `req.query` value (`string | string[]`, cast or `String()`: no check) into a DB call is reported
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getIronSession<LegacySession>(req, res, ironOptions);
  if (!session.userId) return res.status(401).json({ error: "Unauthorized" });
  const employeeId = req.query.employeeId as string;
  if (req.method === "POST") {
    // ruleid: missing-authorization
    await prisma.employee.update({ where: { id: employeeId }, data: { status: "active" } });
    return res.json({ ok: true });
  }
  // ruleid: missing-authorization -- the GET past the POST branch, which always returns: another request, its own finding
  const emp = await prisma.employee.findUnique({ where: { id: employeeId } });
  // ruleid: excessive-data-exposure
  return res.json(emp);
}
