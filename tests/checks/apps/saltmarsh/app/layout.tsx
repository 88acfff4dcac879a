import type { ReactNode } from "react";
import { getViewer } from "@/lib/auth/dal";

export const metadata = { title: "Saltmarsh Station", description: "Vessel, bench and sample booking" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const viewer = await getViewer();
  return (
    <html lang="en">
      <body>
        <header>
          <a href="/">Saltmarsh</a> {viewer ? <span>{viewer.email}</span> : <a href="/login">Sign in</a>}
        </header>
        {children}
      </body>
    </html>
  );
}
