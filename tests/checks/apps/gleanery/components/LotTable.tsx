"use client";

import { useAction } from "next-safe-action/hooks";
import { deleteLot, setLotStatus } from "@/app/dashboard/[pantryId]/inventory/actions";

type Lot = { id: string; sku: string; description: string; quantity: number; expiresOn: string | null };

export function LotTable({ pantryId, lots }: { pantryId: string; lots: Lot[] }) {
  const del = useAction(deleteLot.bind(null, pantryId));
  const status = useAction(setLotStatus);
  return (
    <table>
      <tbody>
        {lots.map((l) => (
          <tr key={l.id}>
            <td>{l.sku}</td><td>{l.description}</td><td>{l.quantity}</td><td>{l.expiresOn ?? "—"}</td>
            <td>
              <button onClick={() => status.execute({ lotId: l.id, status: "reserved" })}>Reserve</button>
              <button onClick={() => del.execute({ lotId: l.id })}>Delete</button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
