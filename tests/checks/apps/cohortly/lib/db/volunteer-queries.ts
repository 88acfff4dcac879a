import "server-only";
import { pool } from "@/lib/db/drizzle";

const OPERATORS = { eq: "=", gte: ">=", lte: "<=" } as const;
type Op = keyof typeof OPERATORS;

// Screener score filter; the operator comes from a fixed map, the value is a placeholder.
export async function responsesByScore(screenerId: string, op: string, score: number) {
  const operator = OPERATORS[op as Op] ?? "=";
  // ok: sql-injection
  const { rows } = await pool.query(`SELECT id, volunteer_id, score FROM screener_responses WHERE screener_id = $1 AND score ${operator} $2`, [screenerId, score]);
  return rows as { id: string; volunteer_id: string; score: number }[];
}

export async function responsesByAnswer(screenerId: string, question: string, answer: string) {
  // ruleid: sql-injection
  const { rows } = await pool.query(`SELECT id, volunteer_id FROM screener_responses WHERE screener_id = $1 AND answers->>'${question}' = $2`, [screenerId, answer]);
  return rows as { id: string; volunteer_id: string }[];
}

export async function responseCount(screenerId: string) {
  // ok: sql-injection
  const { rows } = await pool.query("SELECT count(*)::int AS n FROM screener_responses WHERE screener_id = $1", [screenerId]);
  return (rows[0]?.n as number) ?? 0;
}
