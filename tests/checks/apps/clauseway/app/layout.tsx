import type { ReactNode } from "react";

export const metadata = { title: "Clauseway", description: "Contract lifecycle management for in-house legal" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
