import type { NextApiRequest, NextApiResponse } from "next";
import type { RowDataPacket } from "mysql2";
import { cashierDb } from "@/lib/db/mysql";

// Counter kiosk lookup: applicant contact details for the permit on the receipt.
// ruleid: missing-input-validation
// ruleid: missing-auth -- an applicant phone picked by the number the caller sends, answered
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const number = req.query.number as string;
  try {
    // ruleid: sql-injection
    const [rows] = await cashierDb.query<RowDataPacket[]>("SELECT permit_number, applicant_name, applicant_phone, balance_due FROM permit_balances WHERE permit_number = '" + number + "'");
    // ok: excessive-data-exposure
    return res.status(200).json(rows.map((r) => ({ number: r.permit_number, applicant: r.applicant_name, phone: r.applicant_phone, due: r.balance_due })));
  } catch (e) {
    // ruleid: information-disclosure
    return res.status(500).json({ error: String(e) });
  }
}
