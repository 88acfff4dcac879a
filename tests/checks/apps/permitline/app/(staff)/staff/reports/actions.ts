"use server";

import { z } from "zod";
import { sql as ksql } from "kysely";
import { kdb } from "@/lib/db/kysely";
import { pool } from "@/lib/db/pool";
import { requireStaff } from "@/lib/dal";
import { orderBy, permitsByStatuses, countByColumn } from "@/lib/db/sql-helpers";

const STATUS = z.enum(["DRAFT", "SUBMITTED", "IN_REVIEW", "CORRECTIONS", "APPROVED", "ISSUED", "FINALED", "EXPIRED", "VOID"]);

// ok: missing-auth, missing-input-validation
export async function permitReport(formData: FormData) {
  const staff = await requireStaff(["DEPARTMENT_HEAD", "AUDITOR", "OWNER"]);
  const statuses = z.array(STATUS).min(1).parse(formData.getAll("status"));
  const sort = formData.get("sort");
  const dir = formData.get("dir");
  // ok: excessive-data-exposure
  return permitsByStatuses(staff.municipalityId, statuses, typeof sort === "string" ? sort : null, typeof dir === "string" ? dir : null);
}

// ok: missing-auth, missing-input-validation
export async function feeRevenueByMonth(year: number) {
  const staff = await requireStaff(["DEPARTMENT_HEAD", "AUDITOR", "CASHIER"]);
  const y = z.number().int().min(2000).max(2100).parse(year);
  const rows = await kdb
    .selectFrom("fees")
    .innerJoin("permits", "permits.id", "fees.permit_id")
    .select([ksql<string>`to_char(fees.paid_at, 'YYYY-MM')`.as("month"), ksql<number>`sum(fees.amount)`.as("total")])
    .where("permits.municipality_id", "=", staff.municipalityId)
    .where(ksql`extract(year from fees.paid_at)`, "=", y)
    .groupBy("month")
    .execute();
  // ok: excessive-data-exposure
  return rows;
}

// Free-form grouping for the dashboard widget.
// ruleid: missing-input-validation
// ok: missing-auth
export async function permitBreakdown(groupBy: string) {
  const staff = await requireStaff(["DEPARTMENT_HEAD", "AUDITOR", "OWNER", "VIEWER"]);
  // ok: excessive-data-exposure
  return countByColumn(staff.municipalityId, groupBy);
}

// ok: missing-auth, missing-input-validation
export async function inspectionPassRate(formData: FormData) {
  const staff = await requireStaff(["DEPARTMENT_HEAD", "AUDITOR"]);
  const kind = z.enum(["footing", "framing", "electrical_rough", "plumbing_rough", "final"]).parse(formData.get("kind"));
  const days = z.coerce.number().int().min(1).max(365).parse(formData.get("days"));
  // ok: sql-injection
  const { rows } = await pool.query(
    `SELECT avg(CASE WHEN result = 'PASS' THEN 1 ELSE 0 END)::float AS rate FROM inspections
      WHERE municipality_id = $1 AND kind = $2 AND scheduled_for > now() - make_interval(days => $3)`,
    [staff.municipalityId, kind, days],
  );
  return { rate: Number(rows[0]?.rate ?? 0) };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function searchPermitsByAddress(q: string, sortKey: string, direction: string) {
  const staff = await requireStaff();
  // ruleid: sql-injection
  const { rows } = await pool.query(
    `SELECT p.id, p.number, p.address, p.status FROM permits p WHERE p.municipality_id = $1 AND p.address ILIKE '%${q}%' ${orderBy(sortKey, direction)}`,
    [staff.municipalityId],
  );
  // ok: excessive-data-exposure
  return rows as { id: string; number: string; address: string; status: string }[];
}

// ok: missing-auth, missing-input-validation
export async function inspectorWorkload(formData: FormData) {
  const staff = await requireStaff(["DEPARTMENT_HEAD"]);
  const from = z.string().date().parse(formData.get("from"));
  const rows = await kdb
    .selectFrom("inspections")
    .selectAll()
    .where("scheduled_for", ">=", new Date(from))
    .where(ksql`permit_id in (select id from permits where municipality_id = ${staff.municipalityId})`)
    .execute();
  // ruleid: excessive-data-exposure
  return rows;
}
