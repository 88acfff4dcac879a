"use client";

import { useEffect, useState } from "react";
import QRCode from "qrcode";

export function QrCard({ token }: { token: string }) {
  const [src, setSrc] = useState<string>();
  useEffect(() => { QRCode.toDataURL(token).then(setSrc); }, [token]);
  // Client-side only: not server code.
  // ok: timing-unsafe-comparison
  const isDemo = token === process.env.NEXT_PUBLIC_DEMO_TOKEN;
  return src ? <img src={src} alt={isDemo ? "Demo ticket" : "Boarding pass"} /> : null;
}
