import type { NextApiRequest, NextApiResponse } from "next";
import { getServerSession } from "next-auth/next";
import { authOptions } from "@/lib/auth";
import dbConnect from "@/lib/db";
import Route from "@/models/Route";
import { staffRoleAt } from "@/lib/session";

// Setter phone app: retire a route by scanning its tag.
// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).end();
  const session = await getServerSession(req, res, authOptions);
  if (!session?.user) return res.status(401).json({ error: "unauthorized" });
  const { routeId } = req.body ?? {};
  if (typeof routeId !== "string" || !/^[a-f0-9]{24}$/.test(routeId)) return res.status(400).json({ error: "bad id" });
  await dbConnect();
  const route = await Route.findById(routeId).select("gymId status");
  if (!route) return res.status(404).json({ error: "not found" });
  // ok: floating-auth-check
  const role = await staffRoleAt(session.user.id, String(route.gymId));
  if (!role || role === "front_desk") return res.status(403).json({ error: "setters only" });
  // ok: missing-authorization
  await Route.updateOne({ _id: routeId }, { $set: { status: "retired", retiredAt: new Date() } });
  return res.status(200).json({ ok: true });
}
