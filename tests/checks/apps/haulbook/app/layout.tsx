import type { ReactNode } from "react";

export const metadata = { title: "Haulbook", description: "Freight brokerage, loads and carrier payments" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
