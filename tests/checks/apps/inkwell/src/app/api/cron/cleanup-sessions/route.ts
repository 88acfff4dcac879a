import { sql } from "@vercel/postgres";

// Vercel cron hits this daily; nobody added the CRON_SECRET check.
// ruleid: missing-auth
// ruleid: missing-input-validation
export async function GET(req: Request) {
  const days = new URL(req.url).searchParams.get("days") ?? "30";
  // ruleid: sql-injection
  const { rowCount } = await sql.query(`DELETE FROM "Session" WHERE expires < now() - interval '${days} days'`);
  // ok: sql-injection -- @vercel/postgres tagged template
  await sql`DELETE FROM "VerificationToken" WHERE expires < now() - make_interval(days => ${Number(days)})`;
  return Response.json({ deleted: rowCount });
}
