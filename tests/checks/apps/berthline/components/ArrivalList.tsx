"use client";

import { useTransition } from "react";

type Arrival = { id: string; eta: Date; vesselId: string };

export function ArrivalList({
  arrivals,
  approve,
  noShow,
}: {
  arrivals: Arrival[];
  approve: (fd: FormData) => Promise<void>;
  noShow: (fd: FormData) => Promise<void>;
}) {
  const [pending, start] = useTransition();
  return (
    <form action={(fd) => start(() => approve(fd))}>
      {arrivals.map((a) => (
        <label key={a.id}>
          <input type="checkbox" name="arrivalId" value={a.id} /> {a.vesselId} — {new Date(a.eta).toLocaleString()}
          <button
            type="button"
            onClick={() => {
              const fd = new FormData();
              fd.set("arrivalId", a.id);
              start(() => noShow(fd));
            }}
          >
            No-show
          </button>
        </label>
      ))}
      <button disabled={pending}>Approve selected</button>
    </form>
  );
}
