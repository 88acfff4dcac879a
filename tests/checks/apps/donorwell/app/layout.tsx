import type { ReactNode } from "react";

export const metadata = { title: "DonorWell", description: "Give blood, save lives." };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
