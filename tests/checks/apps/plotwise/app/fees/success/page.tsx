import { stripe } from "@/lib/stripe";
import { requireMember } from "@/lib/auth/current";

export default async function FeeSuccessPage({ searchParams }: { searchParams: Promise<{ session_id?: string }> }) {
  await requireMember();
  const { session_id } = await searchParams;
  const checkout = session_id ? await stripe.checkout.sessions.retrieve(session_id) : null;
  return (
    <div>
      <h1>Thank you</h1>
      <p>{checkout?.payment_status === "paid" ? "Your payment has been received." : "We are confirming your payment."}</p>
    </div>
  );
}
