import { sql } from "@/lib/db/neon";

export const revalidate = 3600;

// Pricing page data: public by design.
// ok: missing-auth
export async function GET() {
  const plans = await sql`SELECT id, name, price_cents, seats, features FROM plans WHERE is_public = true ORDER BY price_cents`;
  // ok: excessive-data-exposure
  return Response.json({ plans });
}
