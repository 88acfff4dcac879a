import type { ReactNode } from "react";
import { verifySession } from "@/lib/auth/session";

export default async function StudioLayout({ children }: { children: ReactNode }) {
  await verifySession();
  return <div className="studio">{children}</div>;
}
