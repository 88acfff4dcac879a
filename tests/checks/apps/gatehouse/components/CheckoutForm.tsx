"use client";

import { useState } from "react";
import { useAction } from "next-safe-action/hooks";
import { holdSeats, startCheckout } from "@/app/checkout/actions";
import { applyPromoCode } from "@/app/checkout/actions";

type TicketOption = { id: string; name: string; priceCents: number };

export function CheckoutForm({ eventId, ticketTypes, seats }: { eventId: string; ticketTypes: TicketOption[]; seats: string[] }) {
  const [quantities, setQuantities] = useState<Record<string, number>>({});
  const [promo, setPromo] = useState("");
  const [percentOff, setPercentOff] = useState(0);
  const hold = useAction(holdSeats);
  const checkout = useAction(startCheckout, {
    onSuccess: ({ data }) => {
      if (data?.url) window.location.assign(data.url);
    },
  });

  const subtotal = ticketTypes.reduce((sum, t) => sum + t.priceCents * (quantities[t.id] ?? 0), 0);

  async function submit(formData: FormData) {
    const held = await hold.executeAsync({ eventId, seats });
    if (!held?.data) return;
    checkout.execute({
      eventId,
      buyerEmail: String(formData.get("email")),
      buyerName: String(formData.get("name")),
      holdToken: held.data.holdToken,
      items: Object.entries(quantities)
        .filter(([, q]) => q > 0)
        .map(([ticketTypeId, quantity]) => ({ ticketTypeId, quantity })),
      promoCode: percentOff ? promo : undefined,
    });
  }

  return (
    <form action={submit} className="space-y-4">
      {ticketTypes.map((t) => (
        <label key={t.id} className="flex justify-between">
          <span>{t.name}</span>
          <input
            type="number"
            min={0}
            max={10}
            value={quantities[t.id] ?? 0}
            onChange={(e) => setQuantities({ ...quantities, [t.id]: Number(e.target.value) })}
          />
        </label>
      ))}
      <div className="flex gap-2">
        <input value={promo} onChange={(e) => setPromo(e.target.value)} placeholder="Promo code" />
        <button
          type="button"
          onClick={async () => {
            const r = await applyPromoCode(eventId, promo);
            setPercentOff(r.valid ? r.percentOff : 0);
          }}
        >
          Apply
        </button>
      </div>
      <p>Total: £{((subtotal * (100 - percentOff)) / 10000).toFixed(2)}</p>
      <input name="name" required placeholder="Full name" />
      <input name="email" type="email" required placeholder="Email" />
      <button disabled={checkout.isPending || hold.isPending}>Pay</button>
      {checkout.result.serverError ? <p role="alert">{checkout.result.serverError}</p> : null}
    </form>
  );
}
