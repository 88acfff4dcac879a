import type { ReactNode } from "react";
import { ClerkProvider } from "@clerk/nextjs";

export const metadata = { title: "Studiopass", description: "Run your fitness studio." };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <ClerkProvider>
      <html lang="en">
        <body className="min-h-screen bg-zinc-50 text-zinc-900">{children}</body>
      </html>
    </ClerkProvider>
  );
}
