import "server-only";
import Stripe from "stripe";

export const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: "2025-02-24.acacia" });

export async function sendMobileMoney(input: { msisdn: string; amount: number; reference: string }) {
  const res = await fetch(`${process.env.MOMO_API_URL}/disbursements`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-api-key": process.env.MOMO_API_KEY! },
    body: JSON.stringify(input),
  });
  if (!res.ok) throw new Error(`Mobile money disbursement failed: ${res.status}`);
  return (await res.json()) as { transactionId: string };
}
