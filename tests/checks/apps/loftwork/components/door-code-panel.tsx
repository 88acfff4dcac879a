"use client";

import { useState, useTransition } from "react";
import { issueDoorCode, revokeDoorCode } from "@/app/actions/door-codes";

type Code = { id: string; label: string; valid_until: string | null; revoked: number };

export function DoorCodePanel({ locationId, codes }: { locationId: string; codes: Code[] }) {
  const [pending, start] = useTransition();
  const [fresh, setFresh] = useState<string | null>(null);
  return (
    <div className="space-y-4">
      <form
        action={(fd) =>
          start(async () => {
            fd.set("locationId", locationId);
            const r = await issueDoorCode(fd);
            setFresh(r.code);
          })
        }
        className="flex gap-2"
      >
        <input name="label" required placeholder="Label (e.g. Cleaner Tue/Thu)" className="input" />
        <input name="validUntil" type="date" className="input" />
        <button disabled={pending} className="btn-primary">Issue code</button>
      </form>
      {fresh && <p className="font-mono text-xl">New code: {fresh}</p>}
      <ul className="divide-y">
        {codes.map((c) => (
          <li key={c.id} className="flex justify-between py-2">
            <span>{c.label}{c.revoked ? " (revoked)" : ""}</span>
            {!c.revoked && (
              <button onClick={() => start(() => revokeDoorCode(c.id))} className="btn-ghost text-red-600">Revoke</button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
