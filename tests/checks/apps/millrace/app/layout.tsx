import { ClerkProvider } from "@clerk/nextjs";
import type { ReactNode } from "react";

export const metadata = { title: "Millrace Makerspace" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <ClerkProvider>
      <html lang="en">
        <body>{children}</body>
      </html>
    </ClerkProvider>
  );
}
