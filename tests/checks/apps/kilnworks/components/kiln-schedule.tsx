"use client";

import { useTransition } from "react";
import { cancelFiring } from "@/app/(dashboard)/firings/actions";

type Item = { id: string; cone: string; status: string; scheduledFor: string | null };

export function KilnSchedule({ items }: { items: Item[] }) {
  const [pending, start] = useTransition();
  return (
    <table>
      <tbody>
        {items.map((f) => (
          <tr key={f.id}>
            <td>Cone {f.cone}</td>
            <td>{f.status}</td>
            <td>{f.scheduledFor ? new Date(f.scheduledFor).toLocaleDateString() : "unscheduled"}</td>
            <td>
              <button disabled={pending} onClick={() => start(() => cancelFiring(f.id))}>
                Cancel
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
