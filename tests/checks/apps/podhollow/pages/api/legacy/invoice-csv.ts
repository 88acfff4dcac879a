import type { NextApiRequest, NextApiResponse } from "next";
import type { RowDataPacket } from "mysql2";
import { auth } from "@/auth";
import { pool } from "@/lib/db/mysql";
import { prisma } from "@/lib/db/prisma";

// CSV export of the ad-invoice ledger for accounting.
// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await auth(req, res);
  if (!session?.user?.id) return res.status(401).end();
  const networkId = typeof req.query.networkId === "string" ? req.query.networkId : "";
  if (!/^c[a-z0-9]{20,30}$/.test(networkId)) return res.status(400).end();
  const m = await prisma.membership.findUnique({ where: { userId_networkId: { userId: session.user.id, networkId } }, select: { role: true } });
  if (!m || (m.role !== "OWNER" && m.role !== "AD_SALES")) return res.status(403).end();
  // ok: sql-injection, missing-authorization
  const [rows] = await pool.execute<RowDataPacket[]>("SELECT id, advertiser_name, amount_cents, status, issued_at FROM ad_invoices WHERE network_id = ? ORDER BY issued_at", [networkId]);
  res.setHeader("content-type", "text/csv");
  res.send(["id,advertiser,amount,status,issued", ...rows.map((r) => `${r.id},${r.advertiser_name},${r.amount_cents},${r.status},${r.issued_at}`)].join("\n"));
}
