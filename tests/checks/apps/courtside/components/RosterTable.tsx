"use client";

import { useState } from "react";

type Row = { id: string; firstName: string; lastName: string; shirtNumber: number | null };

export function RosterTable({ roster, removeAction, shirtAction }: { roster: Row[]; removeAction: (fd: FormData) => Promise<void>; shirtAction: (fd: FormData) => Promise<void> }) {
  const [confirming, setConfirming] = useState<string | null>(null);
  return (
    <table>
      <tbody>
        {roster.map((p) => (
          <tr key={p.id}>
            <td>{p.shirtNumber ?? "–"}</td>
            <td>{p.firstName} {p.lastName[0]}.</td>
            <td>
              <form action={shirtAction}><input type="hidden" name="playerId" value={p.id} /><input name="shirtNumber" type="number" min={1} max={99} /></form>
              {confirming === p.id ? (
                <form action={removeAction}><input type="hidden" name="playerId" value={p.id} /><button>Confirm remove</button></form>
              ) : (
                <button onClick={() => setConfirming(p.id)}>Remove</button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
