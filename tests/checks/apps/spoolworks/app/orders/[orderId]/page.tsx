import { notFound } from "next/navigation";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/dal";
import { customerIdFor } from "@/lib/data/orders";

export default async function OrderPage({ params }: { params: Promise<{ orderId: string }> }) {
  const { orderId } = await params;
  const { user, supabase } = await verifySession();
  const customerId = await customerIdFor(user.id);
  const order = await prisma.order.findFirst({ where: { id: orderId, customerId }, select: { id: true, status: true, modelId: true, shopId: true, totalCents: true } });
  if (!order) notFound();

  // ok: missing-auth, missing-input-validation
  async function leaveReview(formData: FormData) {
    "use server";
    const { user, supabase } = await verifySession();
    const rating = z.coerce.number().int().min(1).max(5).parse(formData.get("rating"));
    const body = z.string().max(2000).parse(formData.get("body") ?? "");
    const cid = await customerIdFor(user.id);
    // ok: missing-authorization
    const mine = await prisma.order.findFirst({ where: { id: orderId, customerId: cid, status: "delivered" }, select: { shopId: true } });
    if (!mine) throw new Error("You can only review delivered orders");
    // ok: mass-assignment
    await supabase.from("shop_reviews").insert({ shop_id: mine.shopId, order_id: orderId, author_id: user.id, rating, body });
  }

  const { data: model } = await supabase.from("models").select("title").eq("id", order.modelId).single();
  return (
    <main>
      <h1>Order {order.id.slice(0, 8)}</h1>
      <p>{model?.title} — {order.status}</p>
      <form action={leaveReview}>
        <input type="number" name="rating" min={1} max={5} />
        <textarea name="body" />
        <button>Post review</button>
      </form>
    </main>
  );
}
