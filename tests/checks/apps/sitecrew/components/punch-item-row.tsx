"use client";

import { useTransition } from "react";
import { closePunchItem, reopenPunchItem } from "@/app/(app)/actions";

type Item = { id: string; location: string; description: string; status: string };

// ok: missing-auth, missing-input-validation
export async function optimisticClose(id: string) {
  await closePunchItem(id);
}

export function PunchItemRow({ item }: { item: Item }) {
  const [pending, start] = useTransition();
  const closed = item.status === "closed";
  return (
    <tr className={pending ? "opacity-50" : undefined}>
      <td>{item.location}</td>
      <td>{item.description}</td>
      <td>
        <button
          onClick={() => start(() => (closed ? reopenPunchItem(item.id) : optimisticClose(item.id)))}
          className="text-xs underline"
        >
          {closed ? "Reopen" : "Close"}
        </button>
      </td>
    </tr>
  );
}
