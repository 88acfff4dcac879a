import type { NextApiRequest, NextApiResponse } from "next";
import { getAuth } from "@clerk/nextjs/server";
import type { RowDataPacket } from "mysql2";
import { billing } from "@/lib/db/mysql";

// ok: missing-auth
// ruleid: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { userId, orgId } = getAuth(req);
  if (!userId || !orgId) return res.status(401).json({ error: "unauthorized" });
  const patientRef = req.query.patient as string;
  // ruleid: sql-injection
  const [rows] = await billing.query<RowDataPacket[]>("SELECT invoice_no, total_cents FROM invoices WHERE practice_ref = '" + orgId + "' AND patient_ref = '" + patientRef + "'");
  res.status(200).json(rows.map((r) => ({ invoiceNo: r.invoice_no, total: r.total_cents })));
}
