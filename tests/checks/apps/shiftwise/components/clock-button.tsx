"use client";

import { useTransition } from "react";
import { clockIn } from "@/app/actions";

export function ClockButton({ locationId }: { locationId: string }) {
  const [pending, start] = useTransition();
  return (
    <button disabled={pending} onClick={() => start(() => {
      navigator.geolocation.getCurrentPosition(async (pos) => {
        await clockIn({ locationId, lat: pos.coords.latitude, lng: pos.coords.longitude });
      });
    })}>Clock in</button>
  );
}
