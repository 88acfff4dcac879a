import type { ReactNode } from "react";
import { requireUser } from "@/lib/session";
import { Providers } from "./providers";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  return (
    <Providers>
      <header className="border-b p-3 text-sm">Signed in as {user.email}</header>
      {children}
    </Providers>
  );
}
