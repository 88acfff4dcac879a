"use client";

import { useAction } from "next-safe-action/hooks";
import { withdrawOffer, counterOffer } from "@/app/actions/offers";

type Row = { id: string; amountCents: number; status: string };

export function OfferTable({ offers }: { offers: Row[] }) {
  const withdraw = useAction(withdrawOffer);
  const counter = useAction(counterOffer);
  return (
    <table>
      <tbody>
        {offers.map((o) => (
          <tr key={o.id}>
            <td>${(o.amountCents / 100).toLocaleString()}</td>
            <td>{o.status}</td>
            <td>
              <button onClick={() => counter.execute({ offerId: o.id, amountCents: o.amountCents + 100000, status: "countered" })}>Counter +$1k</button>
              <button onClick={() => withdraw.execute({ offerId: o.id })}>Withdraw</button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
