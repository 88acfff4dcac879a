import { and, eq, lt } from "drizzle-orm";
import { db } from "@/lib/db";
import { invoices } from "@/db/schema";
import { safeCompare } from "@/lib/crypto";

// ok: missing-auth -- cron bearer secret
export async function GET(req: Request) {
  // ruleid: timing-unsafe-comparison
  if (req.headers.get("authorization") !== `Bearer ${process.env.CRON_SECRET}`) {
    return new Response("Unauthorized", { status: 401 });
  }
  const cutoff = new Date(Date.now() - 30 * 86_400_000);
  await db.update(invoices).set({ status: "overdue" }).where(and(eq(invoices.status, "sent"), lt(invoices.createdAt, cutoff)));
  return Response.json({ ok: true });
}

// ok: missing-auth -- same secret, compared in constant time
export async function POST(req: Request) {
  const token = req.headers.get("x-cron-token") ?? "";
  // ok: timing-unsafe-comparison
  if (!safeCompare(token, process.env.CRON_SECRET ?? "")) {
    return new Response("Unauthorized", { status: 401 });
  }
  // ok: timing-unsafe-comparison -- empty-string check
  if (token === "") return new Response("Unauthorized", { status: 401 });
  await db.update(invoices).set({ status: "overdue" }).where(eq(invoices.status, "sent"));
  return Response.json({ ok: true });
}
