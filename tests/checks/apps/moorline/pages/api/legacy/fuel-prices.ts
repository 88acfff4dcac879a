import type { NextApiRequest, NextApiResponse } from "next";
import { sql } from "@/lib/db/sql";
import { auth } from "@/lib/auth";
import { prisma } from "@/lib/db/prisma";

/** v1 fuel price board (pages router, kept for the pump display firmware). */
// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const marina = typeof req.query.marina === "string" && /^[a-z0-9-]{2,60}$/.test(req.query.marina) ? req.query.marina : null;
  if (!marina) return res.status(400).json({ error: "marina required" });
  if (req.method === "GET") {
    // ok: sql-injection
    const prices = await sql`SELECT p.grade, p.price_per_litre_cents FROM fuel_prices p JOIN "Marina" m ON m.id = p.marina_id WHERE m.slug = ${marina} AND m."isPublic"`;
    // ok: excessive-data-exposure
    return res.json(prices);
  }
  if (req.method === "PUT") {
    const session = await auth(req, res);
    if (!session?.user?.id) return res.status(401).json({ error: "Unauthorised" });
    const { grade, cents } = req.body ?? {};
    if (typeof grade !== "string" || !["diesel", "petrol95", "red_diesel"].includes(grade) || !Number.isInteger(cents)) return res.status(400).json({ error: "Bad price" });
    const m = await prisma.marina.findFirst({
      where: { slug: marina, org: { memberships: { some: { userId: session.user.id, role: { in: ["OWNER", "HARBOUR_MASTER"] } } } } },
      select: { id: true },
    });
    if (!m) return res.status(403).json({ error: "Forbidden" });
    // ok: sql-injection, missing-authorization
    await sql`UPDATE fuel_prices SET price_per_litre_cents = ${cents} WHERE marina_id = ${m.id} AND grade = ${grade}`;
    return res.json({ ok: true });
  }
  res.status(405).end();
}
