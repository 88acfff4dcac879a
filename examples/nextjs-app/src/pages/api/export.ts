import type { NextApiRequest, NextApiResponse } from "next";
import { auth } from "@/lib/auth";
import { prisma } from "@/lib/db";

// Legacy pages-router export endpoint: signed-in users download their notes as JSON.
// The sort column comes straight from the query string into the SQL text.
// ok: missing-auth
// ruleid: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "GET") {
    return res.status(405).json({ error: "Method not allowed" });
  }
  const session = await auth(req, res);
  if (!session?.user?.id) {
    return res.status(401).json({ error: "Unauthorized" });
  }

  const sort = String(req.query.sort ?? "createdAt");
  // ruleid: sql-injection
  const notes = await prisma.$queryRawUnsafe(`SELECT id, title, content, "createdAt" FROM "Note" WHERE "authorId" = $1 ORDER BY "${sort}" DESC`, session.user.id);
  // ok: excessive-data-exposure
  return res.status(200).json({ notes });
}
