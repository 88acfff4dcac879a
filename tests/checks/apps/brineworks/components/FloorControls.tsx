"use client";

import { useAction } from "next-safe-action/hooks";
import { openLot, closeLot } from "@/app/actions/lots";
import { LotTimer } from "./LotTimer";

type Row = { id: string; status: string; species: string; currentBid: string | null; endsAt: string };

export function FloorControls({ lots, resetPrice }: { lots: Row[]; resetPrice: (fd: FormData) => Promise<void> }) {
  const open = useAction(openLot);
  const close = useAction(closeLot);
  return (
    <table>
      <tbody>
        {lots.map((l) => (
          <tr key={l.id}>
            <td>{l.species}</td>
            <td>{l.currentBid ?? "—"}</td>
            <td>{l.status === "open" ? <LotTimer endsAt={l.endsAt} /> : l.status}</td>
            <td>
              {l.status === "scheduled" ? <button onClick={() => open.execute({ lotId: l.id })}>Open</button> : null}
              {l.status === "open" ? <button onClick={() => close.execute({ lotId: l.id })}>Hammer</button> : null}
              <form action={resetPrice}>
                <input type="hidden" name="lotId" value={l.id} />
                <input name="price" size={6} />
                <button>Reset</button>
              </form>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
