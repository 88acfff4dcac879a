import { legacy } from "@/lib/legacy-db";
import { verifySession } from "@/lib/dal";
import { cachedRate } from "@/lib/fx-cache";

// ok: missing-auth
// ruleid: missing-input-validation -- the `currency` search param is pasted into the SQL text by `cachedRate` (fixed in pass 28: a local holding the request URL read only through `.searchParams`)
export async function GET(req: Request) {
  const { userId } = await verifySession();
  const url = new URL(req.url);
  const code = url.searchParams.get("code");
  // ok: sql-injection -- placeholders with a parameter array
  // ok: missing-authorization -- constrained by the session user
  const [rows] = await legacy.execute("SELECT id, label FROM legacy_codes WHERE code = ? AND owner_id = ?", [code, userId]);
  const rate = cachedRate(url.searchParams.get("currency") ?? "EUR");
  return Response.json({ rows, rate: rate?.rate ?? null });
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function POST(req: Request) {
  const { userId } = await verifySession();
  const { email } = await req.json();
  // ruleid: sql-injection
  const [rows] = await legacy.query(`SELECT id, name FROM customers WHERE email = '${email}' AND owner_id = '${userId}'`);
  return Response.json(rows);
}
