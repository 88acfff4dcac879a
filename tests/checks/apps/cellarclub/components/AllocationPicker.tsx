"use client";

import { swapAllocationWine } from "@/app/(dashboard)/club/allocations/actions";

export function AllocationPicker({ allocationId, items, options }: { allocationId: string; items: { id: string; wineId: string }[]; options: { id: string; name: string }[] }) {
  return (
    <ul>
      {items.map((it) => (
        <li key={it.id}>
          <select defaultValue={it.wineId} onChange={(e) => swapAllocationWine(allocationId, it.id, e.target.value)}>
            {options.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
          </select>
        </li>
      ))}
    </ul>
  );
}
