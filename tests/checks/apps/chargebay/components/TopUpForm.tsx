"use client";

import { useState } from "react";
import { createTopUpIntent } from "@/app/actions";

const PRESETS = [1000, 2500, 5000];

export function TopUpForm({ onClientSecret }: { onClientSecret: (secret: string) => void }) {
  const [amount, setAmount] = useState(2500);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="space-y-3">
      <div className="flex gap-2">
        {PRESETS.map((p) => (
          <button key={p} onClick={() => setAmount(p)} className={p === amount ? "btn-primary" : "btn-secondary"}>
            €{p / 100}
          </button>
        ))}
      </div>
      <button
        onClick={async () => {
          const res = await createTopUpIntent(amount);
          if ("error" in res && res.error) setError(res.error);
          else if ("clientSecret" in res && res.clientSecret) onClientSecret(res.clientSecret);
        }}
      >
        Top up
      </button>
      {error && <p className="text-red-600">{error}</p>}
    </div>
  );
}
