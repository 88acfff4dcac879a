"use client";

import { useOptimistic } from "react";
import { cancelLoad, deleteLoad } from "@/app/actions";

type Row = { id: string; reference: string; status: string };

export function DispatchBoard({ rows }: { rows: Row[] }) {
  const [optimistic, setOptimistic] = useOptimistic(rows, (state, removed: string) => state.filter((r) => r.id !== removed));
  return (
    <ul>
      {optimistic.map((r) => (
        <li key={r.id}>
          {r.reference} — {r.status}
          <form
            action={async (fd) => {
              setOptimistic(r.id);
              await cancelLoad(fd);
            }}
          >
            <input type="hidden" name="loadId" value={r.id} />
            <button>Cancel</button>
          </form>
          <form action={deleteLoad}>
            <input type="hidden" name="loadId" value={r.id} />
            <button>Delete</button>
          </form>
        </li>
      ))}
    </ul>
  );
}
