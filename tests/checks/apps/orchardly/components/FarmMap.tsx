"use client";

import { useEffect, useRef, useState } from "react";
import "leaflet/dist/leaflet.css";

type Pin = { farmId: string; farm: string; slug: string; lat: string | null; lng: string | null; site: string | null };

export function FarmMap() {
  const ref = useRef<HTMLDivElement>(null);
  const [pins, setPins] = useState<Pin[]>([]);
  useEffect(() => {
    fetch("/api/public/map").then((r) => r.json()).then(setPins).catch(() => setPins([]));
  }, []);
  useEffect(() => {
    if (!ref.current || pins.length === 0) return;
    let map: import("leaflet").Map | undefined;
    import("leaflet").then((L) => {
      map = L.map(ref.current!).setView([52.5, -1.5], 6);
      L.tileLayer("https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png").addTo(map);
      for (const p of pins) if (p.lat && p.lng) L.marker([Number(p.lat), Number(p.lng)]).bindPopup(`<a href="/farms/${p.slug}">${p.farm}</a>`).addTo(map);
    });
    return () => map?.remove();
  }, [pins]);
  return <div ref={ref} className="h-[480px] w-full rounded-xl" />;
}
