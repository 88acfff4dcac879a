"use client";

import { approveAllocation, rejectAllocation } from "@/app/coordinator/allocations/actions";

type Item = { id: string; fromPantryId: string; toPantryId: string; lotId: string; quantity: number; createdAt: string };

export function AllocationList({ items }: { items: Item[] }) {
  return (
    <ul>
      {items.map((a) => (
        <li key={a.id}>
          {a.quantity} units from {a.fromPantryId} to {a.toPantryId}
          <button onClick={() => approveAllocation(a.id)}>Approve</button>
          <button onClick={() => rejectAllocation(a.id, "not available")}>Reject</button>
        </li>
      ))}
    </ul>
  );
}
