import "server-only";
import { secureCompare } from "@/lib/crypto";

/** true when the request carries the Vercel cron bearer secret. */
export function isCronRequest(req: Request) {
  const header = req.headers.get("authorization") ?? "";
  return secureCompare(header, `Bearer ${process.env.CRON_SECRET}`);
}
