import type { NextApiRequest, NextApiResponse } from "next";
import { getServerSession } from "next-auth/next";
import mysql from "mysql2/promise";

const conn = mysql.createPool(process.env.LEGACY_MYSQL_URL!);
declare const authOptions: any;

// why: the company query param is used in SQL with no check.
// ok: missing-auth
// ruleid: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerSession(req, res, authOptions);
  if (!session) return res.status(401).end();
  const company = req.query.company as string;
  // why: string concatenation into mysql2 query; and any signed-in user reads any company's legacy rentals by code.
  // ruleid: sql-injection
  // ruleid: missing-authorization
  const [rows] = await conn.query("SELECT * FROM legacy_rentals WHERE company_code = '" + company + "'");
  // why: SELECT * rows from another tenant straight back.
  // ruleid: excessive-data-exposure
  return res.json(rows);
}
