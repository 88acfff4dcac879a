"use client";

import { useState, useTransition } from "react";
import { startTopUp } from "@/app/actions/wristbands";

export function TopUpForm({ wristbandId = "" }: { wristbandId?: string }) {
  const [amount, setAmount] = useState(2000);
  const [pending, start] = useTransition();
  return (
    <div>
      <select value={amount} onChange={(e) => setAmount(Number(e.target.value))}>
        {[1000, 2000, 5000].map((a) => (
          <option key={a} value={a}>
            £{a / 100}
          </option>
        ))}
      </select>
      <button
        disabled={pending}
        onClick={() =>
          start(async () => {
            const res = await startTopUp({ wristbandId, amountCents: amount });
            if ("url" in res && res.url) window.location.href = res.url;
          })
        }
      >
        Top up
      </button>
    </div>
  );
}
