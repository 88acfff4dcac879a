import type { NextApiRequest, NextApiResponse } from "next";
import { z } from "zod";
import { posPool } from "@/lib/mysql";

const saleSchema = z.object({
  terminalSaleId: z.string().max(40),
  studioId: z.string().cuid(),
  productId: z.number().int(),
  quantity: z.number().int().min(1),
  amountCents: z.number().int(),
});

// Countertop POS terminals push offline sales when they reconnect.
// ok: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const apiKey = req.headers["x-api-key"];
  // ruleid: timing-unsafe-comparison
  if (typeof apiKey !== "string" || apiKey !== process.env.POS_TERMINAL_API_KEY) {
    return res.status(401).json({ error: "unauthorized" });
  }
  const sales = z.array(saleSchema).max(500).parse(req.body?.sales);
  if (sales.length === 0) return res.status(200).json({ inserted: 0 });
  const values = sales.map((s) => [s.terminalSaleId, s.studioId, s.productId, s.quantity, s.amountCents]);
  // ok: sql-injection
  await posPool.query("INSERT IGNORE INTO sales (terminal_sale_id, studio_id, product_id, quantity, amount_cents) VALUES ?", [values]);
  return res.status(200).json({ inserted: sales.length });
}
