import type { ReactNode } from "react";

export const metadata = { title: "Spoolworks", description: "3D print marketplace and print-farm manager" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
