import { pool } from "@/lib/db/neon";
import { secureCompare } from "@/lib/secure-compare";
import { logger } from "@/lib/logger";

const RETENTION_DAYS = 30;

// ok: missing-auth
export async function POST(req: Request) {
  const header = req.headers.get("authorization") ?? "";
  // ok: timing-unsafe-comparison
  if (!secureCompare(header, `Bearer ${process.env.CRON_SECRET ?? ""}`)) {
    return new Response("Unauthorized", { status: 401 });
  }
  // ok: sql-injection
  const resets = await pool.query(`DELETE FROM password_resets WHERE expires_at < now() - interval '${RETENTION_DAYS} days'`);
  // ok: sql-injection
  const verifications = await pool.query(`DELETE FROM email_verifications WHERE expires_at < now() - interval '${RETENTION_DAYS} days'`);
  logger.info({ resets: resets.rowCount, verifications: verifications.rowCount }, "purged expired tokens");
  return Response.json({ resets: resets.rowCount, verifications: verifications.rowCount });
}
