import { sql } from "@/lib/db/neon";

export const dynamic = "force-dynamic";

// Vercel Cron, daily at 06:00 UTC.
// ok: missing-auth
export async function GET(req: Request) {
  const authHeader = req.headers.get("authorization");
  // ruleid: timing-unsafe-comparison
  if (authHeader !== `Bearer ${process.env.CRON_SECRET}`) {
    return new Response("Unauthorized", { status: 401 });
  }
  const rows = await sql`UPDATE invoices SET status = 'overdue' WHERE status = 'sent' AND due_date < now() - interval '1 day' RETURNING id`;
  return Response.json({ updated: rows.length });
}
