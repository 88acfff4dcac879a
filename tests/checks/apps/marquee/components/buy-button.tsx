"use client";

import { useTransition } from "react";
import { useRouter } from "next/navigation";
import { reserveSeats } from "@/app/actions";

export function BuyButton({ tierId }: { tierId: string }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  return (
    <button
      disabled={pending}
      onClick={() =>
        start(async () => {
          const hold = await reserveSeats({ tierId, quantity: 1 });
          router.push(`/checkout/${hold.id}`);
        })
      }
    >
      {pending ? "Holding…" : "Buy"}
    </button>
  );
}
