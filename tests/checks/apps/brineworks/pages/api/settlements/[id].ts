import type { NextApiRequest, NextApiResponse } from "next";
import * as v from "valibot";
import { and, eq } from "drizzle-orm";
import { db } from "@/db";
import { settlements } from "@/db/schema";
import { requireApiSession } from "@/lib/pages-auth";

// ruleid: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await requireApiSession(req, res);
  if (!session) return;
  const id = String(req.query.id);
  if (req.method === "GET") {
    // ok: missing-authorization
    const [s] = await db
      .select()
      .from(settlements)
      .where(and(eq(settlements.id, id), eq(settlements.buyerId, session.user.id)));
    if (!s) return res.status(404).json({ error: "not found" });
    // ruleid: excessive-data-exposure
    return res.json(s);
  }
  if (req.method === "PATCH") {
    if (session.user.role !== "staff" && session.user.role !== "admin") return res.status(403).json({ error: "forbidden" });
    // ruleid: mass-assignment
    await db.update(settlements).set(req.body).where(eq(settlements.id, id));
    return res.json({ ok: true });
  }
  if (req.method === "DELETE") {
    const parsed = v.safeParse(v.pipe(v.string(), v.uuid()), id);
    if (!parsed.success) return res.status(400).json({ error: "bad id" });
    // ruleid: missing-authorization
    await db.delete(settlements).where(eq(settlements.id, parsed.output));
    return res.status(204).end();
  }
  res.setHeader("Allow", "GET, PATCH, DELETE");
  return res.status(405).end();
}
