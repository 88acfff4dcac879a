import type { ReactNode } from "react";

export const metadata = { title: "Sparrowpost", description: "Messages, permission slips and absences for Sparrow Lane Primary" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en-GB">
      <body>{children}</body>
    </html>
  );
}
