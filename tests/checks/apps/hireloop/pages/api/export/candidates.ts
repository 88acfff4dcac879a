import type { NextApiRequest, NextApiResponse } from "next";
import { sql } from "@vercel/postgres";
import { auth } from "@/lib/auth";

// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await auth(req, res);
  if (!session?.user?.id) return res.status(401).end();
  const jobId = typeof req.query.jobId === "string" && /^c[a-z0-9]{24}$/.test(req.query.jobId) ? req.query.jobId : null;
  if (!jobId) return res.status(400).json({ error: "jobId required" });

  // ok: sql-injection, missing-authorization
  const { rows } = await sql`
    SELECT c.name, c.email, a.status, a.rating
      FROM "Application" a
      JOIN "Candidate" c ON c.id = a."candidateId"
      JOIN "Job" j ON j.id = a."jobId"
      JOIN "Membership" m ON m."companyId" = j."companyId" AND m."userId" = ${session.user.id}
     WHERE j.id = ${jobId}`;
  res.setHeader("content-type", "text/csv");
  // ok: excessive-data-exposure
  return res.send(["name,email,status,rating", ...rows.map((r) => `${r.name},${r.email},${r.status},${r.rating ?? ""}`)].join("\n"));
}
