import { pool } from "@/lib/db/pool";

const SORTABLE: Record<string, string> = {
  date: "e.created_at",
  amount: "e.amount_cents",
  client: "c.name",
  matter: "m.number",
};

export async function clientTrustBalance(firmId: string, clientId: string, matterId: string) {
  // ok: sql-injection
  const { rows } = await pool.query(
    `SELECT COALESCE(SUM(e.amount_cents), 0)::bigint AS balance
       FROM trust_ledger_entries e JOIN trust_accounts a ON a.id = e.account_id
      WHERE a.firm_id = $1 AND e.client_id = $2 AND e.matter_id = $3`,
    [firmId, clientId, matterId],
  );
  return Number(rows[0]?.balance ?? 0);
}

export async function ledgerRows(firmId: string, accountId: string, sort: string, dir: string) {
  const column = SORTABLE[sort] ?? "e.created_at";
  const direction = dir === "asc" ? "ASC" : "DESC";
  // ok: sql-injection
  const { rows } = await pool.query(
    `SELECT e.id, e.amount_cents, e.memo, e.created_at, c.name AS client_name, m.number AS matter_number
       FROM trust_ledger_entries e
       JOIN trust_accounts a ON a.id = e.account_id
       JOIN clients c ON c.id = e.client_id
       JOIN matters m ON m.id = e.matter_id
      WHERE a.firm_id = $1 AND a.id = $2
      ORDER BY ${column} ${direction}`,
    [firmId, accountId],
  );
  return rows as { id: string; amount_cents: number; memo: string; created_at: Date; client_name: string; matter_number: string }[];
}

export async function searchLedgerMemo(firmId: string, term: string) {
  // ruleid: sql-injection
  const { rows } = await pool.query(
    `SELECT e.id, e.memo, e.amount_cents FROM trust_ledger_entries e
       JOIN trust_accounts a ON a.id = e.account_id
      WHERE a.firm_id = '${firmId}' AND e.memo ILIKE '%${term}%'
      ORDER BY e.created_at DESC LIMIT 100`,
  );
  return rows;
}

export async function insertTransfer(args: { accountId: string; clientId: string; fromMatterId: string; toMatterId: string; amountCents: number; memo: string; userId: string }) {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    // lock the client's rows so two transfers cannot overdraw concurrently
    // ok: sql-injection
    const { rows } = await client.query(
      "SELECT COALESCE(SUM(amount_cents),0)::bigint AS bal FROM trust_ledger_entries WHERE account_id = $1 AND client_id = $2 AND matter_id = $3 FOR UPDATE",
      [args.accountId, args.clientId, args.fromMatterId],
    );
    if (Number(rows[0].bal) < args.amountCents) {
      await client.query("ROLLBACK");
      return { ok: false as const, reason: "insufficient_funds" };
    }
    // ok: sql-injection
    await client.query(
      `INSERT INTO trust_ledger_entries (id, account_id, client_id, matter_id, amount_cents, memo, created_by_id)
       VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, $6), (gen_random_uuid(), $1, $2, $7, $8, $5, $6)`,
      [args.accountId, args.clientId, args.fromMatterId, -args.amountCents, args.memo, args.userId, args.toMatterId, args.amountCents],
    );
    await client.query("COMMIT");
    return { ok: true as const };
  } catch (e) {
    await client.query("ROLLBACK");
    throw e;
  } finally {
    client.release();
  }
}
